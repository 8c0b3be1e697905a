import { Controller, Get, Header, Inject, Param, Redirect } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig, DomainError } from '@app/platform';
import { Public } from '../common/public.decorator';
import { DashboardPages } from './html.decorator';

/**
 * The dashboard's two stylesheets, read once at start: Pico CSS (classless, no build step) and
 * our few rules on top, and its icon. No scripts: every page works without JavaScript.
 */
@DashboardPages()
@Controller('assets')
export class AssetsController {
  private readonly files: ReadonlyMap<string, string>;
  private readonly icon: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.files = new Map([
      ['pico.min.css', readFileSync(require.resolve('@picocss/pico/css/pico.min.css'), 'utf8')],
      ['app.css', readFileSync(join(config.templatesDir, 'dashboard', 'app.css'), 'utf8')],
    ]);
    this.icon = readFileSync(join(config.templatesDir, 'dashboard', 'favicon.svg'), 'utf8');
  }

  /** The tab's icon, which the layout links to. */
  @Public()
  @Get('favicon.svg')
  @Header('content-type', 'image/svg+xml')
  @Header('cache-control', 'public, max-age=86400')
  favicon(): string {
    return this.icon;
  }

  @Public()
  @Get(':name')
  @Header('content-type', 'text/css; charset=utf-8')
  @Header('cache-control', 'public, max-age=3600')
  css(@Param('name') name: string): string {
    const css = this.files.get(name);
    if (css === undefined) throw new DomainError('not-found', `no stylesheet ${name}`);
    return css;
  }
}

/** Where browsers and feed readers look for an icon without asking the page: the same one. */
@DashboardPages()
@Controller()
export class FaviconController {
  @Public()
  @Get('favicon.ico')
  @Redirect('/assets/favicon.svg', 301)
  favicon(): void {}
}
