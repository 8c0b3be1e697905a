import { EmailLayouts, loadEmailLayouts } from './email-layouts';
import { formatUkDate } from './uk-dates';

export interface ReminderEmailData {
  kind: string;
  reference: string;
  title: string;
  authorityName: string;
  /** The date the reminder is about, YYYY-MM-DD. */
  forDate: string;
  /** Working days used and allowed, for "day N of 20"; null where no clock runs in days. */
  dayCount: { elapsed: number; total: number } | null;
  requestUrl: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

interface Wording {
  subject: (d: ReminderEmailData) => string;
  headline: string;
  dateLabel: string;
  step: string;
  /** The letter to open prefilled, if the next step is a letter. */
  letter?: string;
}

/** What each reminder says and which letter it offers; the layout is in templates/emails. */
const WORDING: Record<string, Wording> = {
  'due-soon': {
    subject: (d) => `${d.reference} is due ${formatUkDate(d.forDate)}`,
    headline: 'The authority’s answer is due soon.',
    dateLabel: 'Due',
    step: 'Look out for the answer; chase on the day after it is due',
  },
  'due-today': {
    subject: (d) => `${d.reference} is due today`,
    headline: 'The authority’s answer is due today.',
    dateLabel: 'Due',
    step: 'Check the mailbox for the answer and log it',
  },
  overdue: {
    subject: (d) => `${d.reference} is overdue`,
    headline: 'The authority has missed its deadline.',
    dateLabel: 'Was due',
    step: 'Send a chaser',
    letter: 'chaser',
  },
  'long-overdue': {
    subject: (d) => `${d.reference} is long overdue`,
    headline: 'The answer is now very late: 20 working days past the deadline.',
    dateLabel: 'Long stop',
    step: 'Ask for an internal review, or complain to the regulator',
    letter: 'internal-review-request',
  },
  'extension-beyond-guidance': {
    subject: (d) => `${d.reference}: the extension runs past the long stop — you may complain now`,
    headline:
      'The authority has given itself longer than 40 working days in all: past the most the ICO’s ' +
      'guidance accepts for a public-interest extension (for EIR, past the 40 working days reg 7(1) ' +
      'allows). You may complain to the Information Commissioner now; the authority’s own date ' +
      'still stands for the reminders that follow.',
    dateLabel: 'Long stop',
    step: 'Complain to the Information Commissioner now, or wait for the stated date',
    letter: 'ico-complaint',
  },
  'review-window-closing': {
    subject: (d) => `${d.reference}: the internal-review window closes ${formatUkDate(d.forDate)}`,
    headline: 'The time to ask for an internal review is running out.',
    dateLabel: 'Ask by',
    step: 'Decide on an internal review',
    letter: 'internal-review-request',
  },
  'review-due-soon': {
    subject: (d) => `${d.reference}: the internal review is due ${formatUkDate(d.forDate)}`,
    headline: 'The internal review is due soon.',
    dateLabel: 'Review due',
    step: 'Look out for the review’s answer',
  },
  'review-overdue': {
    subject: (d) => `${d.reference}: the internal review is overdue`,
    headline: 'The authority has missed the internal review’s deadline.',
    dateLabel: 'Was due',
    step: 'Complain to the regulator',
    letter: 'ico-complaint',
  },
  'complaint-window-closing': {
    subject: (d) => `${d.reference}: the complaint window closes ${formatUkDate(d.forDate)}`,
    headline: 'The time to complain to the regulator is running out.',
    dateLabel: 'Complain by',
    step: 'Complain to the regulator',
    letter: 'ico-complaint',
  },
  'clarification-nudge': {
    subject: (d) => `${d.reference}: the authority is waiting for our clarification`,
    headline: 'The clock is stopped until we answer the authority’s question.',
    dateLabel: 'Asked on',
    step: 'Answer the clarification request',
    letter: 'clarification-reply',
  },
};

/**
 * The reminder emails: one text and one HTML layout from templates/emails, compiled once on an
 * isolated strict Handlebars instance (HTML escaped in the HTML part only).
 */
export class ReminderEmails {
  private constructor(private readonly layouts: EmailLayouts) {}

  static load(dir: string): ReminderEmails {
    return new ReminderEmails(loadEmailLayouts(dir, 'reminder'));
  }

  render(data: ReminderEmailData): RenderedEmail {
    const wording = WORDING[data.kind];
    if (!wording) throw new Error(`no wording for reminder kind "${data.kind}"`);
    const nextStep = {
      label: wording.step,
      url: wording.letter ? `${data.requestUrl}?letter=${wording.letter}` : data.requestUrl,
    };
    const context = { ...data, headline: wording.headline, dateLabel: wording.dateLabel, nextStep };
    return {
      subject: wording.subject(data),
      text: this.layouts.text(context),
      html: this.layouts.html(context),
    };
  }
}
