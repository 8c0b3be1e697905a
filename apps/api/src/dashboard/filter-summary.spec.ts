import { activeFilters, FilterMenus } from './filter-summary';

const MENUS: FilterMenus = {
  authorityId: [{ value: 1, text: 'Imperial College London' }],
  ownerId: [{ value: 2, text: 'Ada Officer' }],
  campaign: [{ value: 'Resolve 1', text: 'Resolve 1' }],
  status: [{ value: 'awaiting-response', text: 'awaiting response' }],
  deadlineState: [{ value: 'long-overdue', text: 'long overdue' }],
};

describe('activeFilters: the filters in use, named for the folded filter box', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['nothing chosen', {}, []],
    ['empty fields, as the form sends them', { q: ' ', authorityId: '', status: '' }, []],
    ['a page number is not a filter', { page: '3' }, []],
    ['a search, trimmed', { q: ' huawei ' }, ['search “huawei”']],
    ['an authority by its name', { authorityId: '1' }, ['authority: Imperial College London']],
    ['an owner by name', { ownerId: '2' }, ['owner: Ada Officer']],
    ['a status in words', { status: 'awaiting-response' }, ['status: awaiting response']],
    ['a deadline state in words', { deadlineState: 'long-overdue' }, ['deadline: long overdue']],
    ['due this week (from the counts)', { due: 'week' }, ['due this week']],
    ['a value no menu has, as given', { authorityId: '99' }, ['authority: 99']],
    [
      'several, in the order of the form',
      { status: 'awaiting-response', q: 'board', campaign: 'Resolve 1', due: 'week' },
      ['search “board”', 'campaign: Resolve 1', 'status: awaiting response', 'due this week'],
    ],
  ])('%s', (_what, values, expected) => {
    expect(activeFilters(values, MENUS)).toEqual(expected);
  });
});
