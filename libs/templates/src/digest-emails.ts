import { EmailLayouts, loadEmailLayouts } from './email-layouts';
import type { RenderedEmail } from './reminder-emails';
import { formatUkDate } from './uk-dates';

export interface DigestLine {
  reference: string;
  title: string;
  authorityName: string;
  status: string;
  /** The headline date (the one that matters now for the stage), YYYY-MM-DD; null while none runs. */
  dueDate: string | null;
  /** What that date is: "Response due", "Internal review due"… */
  dueLabel: string;
  /** The deadline state: on-time, due-soon, due-today, overdue, long-overdue, paused … */
  state: string;
  dayCount: { elapsed: number; total: number } | null;
  url: string;
}

export interface DigestEmailData {
  officerName: string;
  /** The London date the digest is for, YYYY-MM-DD. */
  day: string;
  requests: DigestLine[];
  listUrl: string;
}

/** An officer's daily digest: text and HTML layouts from templates/emails, strict Handlebars. */
export class DigestEmails {
  private constructor(private readonly layouts: EmailLayouts) {}

  static load(dir: string): DigestEmails {
    return new DigestEmails(loadEmailLayouts(dir, 'digest'));
  }

  render(data: DigestEmailData): RenderedEmail {
    const count = data.requests.length;
    const context = { ...data, count, plural: count !== 1 };
    return {
      subject: `FOI digest for ${formatUkDate(data.day)}: ${count} outstanding request${count === 1 ? '' : 's'}`,
      text: this.layouts.text(context),
      html: this.layouts.html(context),
    };
  }
}
