import { splitQuotedText } from './quoted-text';

const REPLY = 'We have received your request.';
const OURS = 'Please acknowledge receipt of this request.';

describe('splitQuotedText', () => {
  it.each<[string, string, string, string]>([
    ['no quote: all of it is the author’s', '', `${REPLY}\n\nKind regards`, ''],
    [
      'Outlook/Exchange header block',
      'RE: FOI request',
      `${REPLY}\n\nFrom: Amira Patel <a@su.example>\nSent: 02 March 2026 16:41\nTo: FOI <foi@c.example>\nSubject: FOI request\n\n${OURS}`,
      OURS,
    ],
    [
      'Outlook with Date: and Cc: in the block',
      'RE: FOI request',
      `${REPLY}\n\nFrom: Amira Patel\nDate: Monday, 2 March 2026 at 16:41\nTo: FOI\nCc: Jo Reid\nSubject: FOI request\n\n${OURS}`,
      OURS,
    ],
    [
      'Outlook on the web turned to text: underscores, bold labels',
      'RE: FOI request',
      `${REPLY}\n\n________________________________\n*From:* Amira Patel\n*Sent:* Thursday, March 12, 2026 2:31 PM\n*To:* FOI\n*Subject:* FOI request\n\n${OURS}`,
      OURS,
    ],
    [
      'the older Outlook separator',
      'RE: FOI request',
      `${REPLY}\n\n-----Original Message-----\nFrom: Amira Patel\nSent: 02 March 2026\nTo: FOI\nSubject: FOI request\n\n${OURS}`,
      OURS,
    ],
    [
      'Gmail, "On … wrote:" over two lines, ">" lines',
      'Re: FOI request',
      `${REPLY}\n\nOn Mon, 2 Mar 2026 at 16:41, Amira Patel <\namira.patel@su.example> wrote:\n> ${OURS}\n>`,
      OURS,
    ],
    [
      'Apple Mail',
      'Re: FOI request',
      `${REPLY}\n\nOn 23 Mar 2026, at 10:05, Amira Patel <a@su.example> wrote:\n\n> ${OURS}`,
      OURS,
    ],
    [
      'CRLF line ends',
      'RE: FOI request',
      `${REPLY}\r\n\r\nFrom: Amira Patel\r\nSent: 02 March 2026\r\nTo: FOI\r\nSubject: FOI request\r\n\r\n${OURS}`,
      OURS,
    ],
  ])('%s', (_name, subject, text, quotedPart) => {
    const { own, quoted } = splitQuotedText(text, subject);
    expect(own.startsWith(REPLY)).toBe(true);
    expect(own).not.toContain(OURS);
    expect(quoted).toContain(quotedPart);
  });

  it('keeps answers written between quoted lines, without the quoted lines', () => {
    const text = `> 1. How many contracts?\n12\n> 2. Their value?\n£3m`;
    expect(splitQuotedText(text)).toEqual({
      own: '12\n£3m',
      quoted: '> 1. How many contracts?\n> 2. Their value?',
    });
  });

  it('leaves out the signature after "-- "', () => {
    expect(splitQuotedText(`${REPLY}\n-- \nFOI Team\nout of office on Fridays`).own).toBe(REPLY);
  });

  it('does not take "On 3 March we received…" for a quote', () => {
    const text = `On 3 March we received your request.\nHere is our answer.`;
    expect(splitQuotedText(text).own).toBe(text);
  });

  it('counts a Gmail forward’s message as the email’s own words, and sets its quotes aside', () => {
    const text = `Forwarding the College's reply.\n\n---------- Forwarded message ---------\nFrom: FOI <foi@c.example>\nDate: Thu, 7 May 2026 at 16:02\nSubject: RE: FOI request\nTo: Jo Reid <jo@su.example>,\n  Amira Patel <a@su.example>\n\n\nThe information is exempt.\n\nOn Mon, 2 Mar 2026 at 16:41, Jo Reid <jo@su.example> wrote:\n> ${OURS}`;
    const { own, quoted } = splitQuotedText(text, 'Fwd: FOI request');
    expect(own).toBe(`Forwarding the College's reply.\n\nThe information is exempt.`);
    expect(quoted).toContain(OURS);
  });

  it('counts an Outlook forward (subject "FW:") the same way', () => {
    const text = `FYI\n\nFrom: FOI <foi@c.example>\nSent: 07 May 2026 16:02\nTo: Jo Reid\nSubject: RE: FOI request\n\nThe information is not held.`;
    expect(splitQuotedText(text, 'FW: RE: FOI request').own).toBe(
      'FYI\n\nThe information is not held.',
    );
  });

  it('treats the same block in a reply (subject "RE:") as quoted', () => {
    const text = `FYI\n\nFrom: FOI <foi@c.example>\nSent: 07 May 2026 16:02\nTo: Jo Reid\nSubject: RE: FOI request\n\nThe information is not held.`;
    expect(splitQuotedText(text, 'RE: FOI request').own).toBe('FYI');
  });
});
