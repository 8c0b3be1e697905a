import { Inject, Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DeadlineState, DeadlineView, formatShortDate, parseIsoDate } from '@app/domain';
import { APP_CONFIG, AppConfig } from '@app/platform';
import { toLondonDate } from '@app/templates';
import { errorSummary, SummaryIds } from './error-summary';

export const STATE_LABELS: Record<DeadlineState, string> = {
  'not-started': 'not sent',
  'on-time': 'on time',
  'due-soon': 'due soon',
  'due-today': 'due today',
  overdue: 'overdue',
  'long-overdue': 'long overdue',
  paused: 'paused',
  met: 'answered',
  closed: 'closed',
};

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "Thu 12 Jun 2025" (the deadline explanations' form) for a date or an instant's London date. */
export function shortDate(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const date = toLondonDate(value instanceof Date ? value.toISOString() : value);
  return date ? formatShortDate(parseIsoDate(date)) : String(value);
}

function dateTime(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : timeFormat.format(date);
}

/** "day 16 of 20" while a clock counts; empty otherwise. */
export function dayCount(
  deadline: Pick<DeadlineView, 'workingDaysElapsed' | 'workingDaysRemaining'>,
) {
  const { workingDaysElapsed: elapsed, workingDaysRemaining: remaining } = deadline;
  if (elapsed === null || remaining === null) return '';
  return remaining >= 0
    ? `day ${elapsed} of ${elapsed + remaining}`
    : `day ${elapsed}, ${-remaining} past ${elapsed + remaining}`;
}

/**
 * The dashboard's pages: Handlebars views under templates/dashboard, compiled once at start on an
 * instance of their own (the letters have theirs), wrapped in one layout. Everything is escaped
 * unless a helper returns SafeString.
 */
@Injectable()
export class DashboardViews {
  private readonly handlebars = Handlebars.create();
  private readonly pages = new Map<string, HandlebarsTemplateDelegate>();
  private readonly layout: HandlebarsTemplateDelegate;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const dir = join(config.templatesDir, 'dashboard');
    this.registerHelpers();
    for (const file of readdirSync(join(dir, 'partials')).filter((f) => f.endsWith('.hbs')))
      this.handlebars.registerPartial(
        basename(file, '.hbs'),
        readFileSync(join(dir, 'partials', file), 'utf8'),
      );
    for (const file of readdirSync(join(dir, 'pages')).filter((f) => f.endsWith('.hbs')))
      this.pages.set(
        basename(file, '.hbs'),
        this.handlebars.compile(readFileSync(join(dir, 'pages', file), 'utf8')),
      );
    this.layout = this.handlebars.compile(readFileSync(join(dir, 'layout.hbs'), 'utf8'));
  }

  render(page: string, context: Record<string, unknown>): string {
    const view = this.pages.get(page);
    if (!view) throw new Error(`no dashboard page "${page}"`);
    return this.layout({ ...context, body: new Handlebars.SafeString(view(context)) });
  }

  private registerHelpers(): void {
    const h = this.handlebars;
    h.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    h.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
    h.registerHelper('not', (a: unknown) => !a);
    h.registerHelper('array', (...args: unknown[]) => args.slice(0, -1));
    h.registerHelper('date', shortDate);
    h.registerHelper('dateTime', dateTime);
    h.registerHelper('dayCount', dayCount);
    h.registerHelper('stateLabel', (state: DeadlineState) => STATE_LABELS[state] ?? state);
    h.registerHelper('words', (value: unknown) =>
      typeof value === 'string' ? value.replace(/-/g, ' ') : '',
    );
    h.registerHelper('join', (list: unknown) => (Array.isArray(list) ? list.join(', ') : ''));
    h.registerHelper('selected', (a: unknown, b: unknown) =>
      String(a ?? '') === String(b ?? '') ? 'selected' : '',
    );
    /** `{{#with (errorSummary errors message prefix="log-" form="log")}}`: see forms.ts. */
    h.registerHelper(
      'errorSummary',
      (errors: unknown, message: unknown, options: { hash: SummaryIds }) =>
        errorSummary(
          errors && typeof errors === 'object' ? (errors as Record<string, string>) : undefined,
          typeof message === 'string' && message !== '' ? message : undefined,
          options.hash,
        ),
    );
    h.registerHelper('checked', (a: unknown) => (a ? 'checked' : ''));
    /** A link to the current list with one parameter changed (pagination, sorting). */
    h.registerHelper('withParam', (query: Record<string, unknown>, key: string, value: unknown) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(query ?? {}))
        if (v !== undefined && v !== null && v !== '' && k !== key) params.set(k, String(v));
      params.set(key, String(value));
      return `?${params.toString()}`;
    });
  }
}
