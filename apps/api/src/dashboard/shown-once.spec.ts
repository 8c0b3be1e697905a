import { ShownOnce } from './shown-once';

describe('ShownOnce', () => {
  it.each([
    ['its owner, in time, once', 1, 1_000, 'secret'],
    ['someone else', 2, 1_000, undefined],
    ['after it lapsed', 1, 60_001, undefined],
  ])('gives the value to %s', (_, reader, at, expected) => {
    const notes = new ShownOnce<string>(60_000);
    const id = notes.put(1, 'secret', 0);
    expect(notes.take(reader, id, at)).toBe(expected);
  });

  it('a second read finds nothing, and an unknown id nothing', () => {
    const notes = new ShownOnce<string>();
    const id = notes.put(1, 'secret', 0);
    expect(notes.take(1, id, 1)).toBe('secret');
    expect(notes.take(1, id, 2)).toBeUndefined();
    expect(notes.take(1, 'no-such-note', 2)).toBeUndefined();
  });

  it("another person's read leaves the note for its owner", () => {
    const notes = new ShownOnce<string>();
    const id = notes.put(1, 'secret', 0);
    notes.take(2, id, 1);
    expect(notes.take(1, id, 2)).toBe('secret');
  });
});
