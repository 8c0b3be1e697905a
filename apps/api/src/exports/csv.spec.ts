import { csvField } from './csv';

describe('csvField', () => {
  it.each([
    ['nothing', null, ''],
    ['a plain title', 'Contract terms', 'Contract terms'],
    ['a comma, quoted', 'Minutes, 2025', '"Minutes, 2025"'],
    ['a quote, doubled', 'the "partnership"', '"the ""partnership"""'],
    ['a line break, quoted', 'one\ntwo', '"one\ntwo"'],
    ['a formula, defused', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading minus in text, defused', '-1+1', "'-1+1"],
    ['a leading tab, defused', '\tcmd', "'\tcmd"],
    ['a negative number, kept a number', -3, '-3'],
    ['a list, joined', ['s43(2)', 's41'], 's43(2); s41'],
    ['an instant', new Date('2026-11-02T09:00:00Z'), '2026-11-02T09:00:00.000Z'],
  ])('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
