import { join } from 'node:path';
import { REMINDER_KINDS } from '@app/domain';
import { ReminderEmails, ReminderEmailData } from './reminder-emails';

const emails = ReminderEmails.load(join(__dirname, '..', '..', '..', 'templates', 'emails'));
const base: ReminderEmailData = {
  kind: 'overdue',
  reference: 'FOI-2026-0007',
  title: 'Ethical due diligence <Huawei> & partners',
  authorityName: 'Imperial College London',
  forDate: '2025-06-12',
  dayCount: { elapsed: 21, total: 20 },
  requestUrl: 'http://127.0.0.1:3000/requests/7',
};

describe('ReminderEmails', () => {
  it('an overdue reminder names the request, the authority, the date, the day count and the chaser', () => {
    const email = emails.render(base);
    expect(email.subject).toBe('FOI-2026-0007 is overdue');
    expect(email.text).toContain('FOI-2026-0007: Ethical due diligence <Huawei> & partners');
    expect(email.text).toContain('Authority: Imperial College London');
    expect(email.text).toContain('Was due: Thursday 12 June 2025 (day 21 of 20)');
    expect(email.text).toContain(
      'Next step: Send a chaser\nhttp://127.0.0.1:3000/requests/7?letter=chaser',
    );
    expect(email.html).toContain('Ethical due diligence &lt;Huawei&gt; &amp; partners');
    // Handlebars writes "=" in an attribute as &#x3D;, which every mail client reads as "=".
    expect(email.html).toContain(
      '<a href="http://127.0.0.1:3000/requests/7?letter&#x3D;chaser">Send a chaser</a>',
    );
  });

  it('an extension beyond guidance says the officer may complain now, with the complaint letter', () => {
    const email = emails.render({
      ...base,
      kind: 'extension-beyond-guidance',
      forDate: '2026-12-31',
      dayCount: { elapsed: 41, total: 49 },
    });
    expect(email.subject).toBe(
      'FOI-2026-0007: the extension runs past the long stop — you may complain now',
    );
    expect(email.text).toContain('You may complain to the Information Commissioner now');
    expect(email.text).toContain('Long stop: Thursday 31 December 2026 (day 41 of 49)');
    expect(email.text).toContain(
      'Next step: Complain to the Information Commissioner now, or wait for the stated date\nhttp://127.0.0.1:3000/requests/7?letter=ico-complaint',
    );
    expect(email.html).toContain('You may complain to the Information Commissioner now');
  });

  it.each(REMINDER_KINDS.map((kind) => [kind]))('has wording for %s', (kind) => {
    const email = emails.render({ ...base, kind, dayCount: null });
    expect(email.subject).toContain('FOI-2026-0007');
    expect(email.text).not.toMatch(/\(day \d+ of/);
  });

  it('refuses a kind it has no words for', () => {
    expect(() => emails.render({ ...base, kind: 'party' })).toThrow('no wording');
  });
});
