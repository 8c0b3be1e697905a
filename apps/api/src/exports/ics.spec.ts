import ICAL from 'ical.js';
import { icsCalendar } from './ics';

/** RFC 5545 §3.3.11: how TEXT is written (every line break, CR alone too, becomes \n). */
function escaped(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('icsCalendar', () => {
  const stamp = new Date('2026-11-29T10:00:00Z');

  it.each([
    ['a lone carriage return', 'Minutes\rand contract'],
    ['a line feed', 'Minutes\nand contract'],
    ['CR LF', 'Minutes\r\nand contract'],
    ['a comma', 'Minutes, 2025'],
    ['a semicolon', 'Minutes; contract'],
    ['a backslash', 'C:\\records\\2025'],
    ['all of them', 'a\\b;c,d\re\nf\r\ng'],
    ['a long title', `Due diligence ${'records of the partnership '.repeat(8)}`],
    ['a long title in two-octet characters', `Réponse ${'é'.repeat(90)}`],
    ['a long title in three-octet characters', `Budget ${'€'.repeat(70)}`],
    ['a long title in four-octet characters', `Board ${'🙂'.repeat(45)}`],
  ])('%s: escaped, folded at 75 octets, and read back as written', async (_name, title) => {
    const ics = await icsCalendar(
      'FOI deadlines',
      [
        {
          uid: 'FOI-2026-0001@foi-tracker',
          date: '2026-12-01',
          summary: title,
          description: title,
        },
      ],
      stamp,
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(line).not.toMatch(LONE_SURROGATE);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded).toContain(`SUMMARY:${escaped(title)}`);
    expect(unfolded).toContain(`DESCRIPTION:${escaped(title)}`);

    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const asWritten = title.replace(/\r\n|\r/g, '\n');
    expect(event.getFirstPropertyValue('summary')).toBe(asWritten);
    expect(event.getFirstPropertyValue('description')).toBe(asWritten);
  });

  it('writes all-day dates, the UID and the stamp, whatever the time zone', async () => {
    const ics = await icsCalendar(
      'FOI deadlines',
      [
        {
          uid: 'FOI-2026-0001-review-by@foi-tracker',
          date: '2026-12-31',
          summary: 's',
          description: 'd',
        },
      ],
      stamp,
    );
    const lines = ics.split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//FOI Tracker//Deadlines//EN',
        'X-WR-CALNAME:FOI deadlines',
        'UID:FOI-2026-0001-review-by@foi-tracker',
        'DTSTAMP:20261129T100000Z',
        'DTSTART;VALUE=DATE:20261231',
        'DTEND;VALUE=DATE:20270101',
      ]),
    );
  });
});
