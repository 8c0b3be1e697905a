import { Provider } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '@app/platform';
import { TemplateCatalog } from '@app/templates';

/** The letters, loaded and checked once at start: a broken template stops the process there. */
export const TemplateCatalogProvider: Provider = {
  provide: TemplateCatalog,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => TemplateCatalog.load(join(config.templatesDir, 'letters')),
};
