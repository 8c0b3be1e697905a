import 'reflect-metadata';
import { MAX_PAGE, pageOrFirst } from './paging';

describe('pageOrFirst', () => {
  it.each([
    ['3', 3],
    ['03', 3],
    [String(MAX_PAGE), MAX_PAGE],
    [String(MAX_PAGE + 1), 1],
    ['0', 1],
    ['-2', 1],
    ['2.5', 1],
    ['1e3', 1],
    ['abc', 1],
    ['', 1],
    [undefined, 1],
    [['2', '3'], 1],
  ])('reads %p as page %p', (raw, page) => {
    expect(pageOrFirst(raw)).toBe(page);
  });
});
