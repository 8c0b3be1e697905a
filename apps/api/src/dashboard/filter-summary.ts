/** One choice of a filter's menu, as the list's form shows it. */
export interface FilterOption {
  value: string | number;
  text: string;
}

/** The menus of the list's filter form, to name a chosen value as the menu does. */
export interface FilterMenus {
  authorityId: readonly FilterOption[];
  ownerId: readonly FilterOption[];
  campaign: readonly FilterOption[];
  status: readonly FilterOption[];
  deadlineState: readonly FilterOption[];
}

const MENU_LABELS: readonly [keyof FilterMenus, string][] = [
  ['authorityId', 'authority'],
  ['ownerId', 'owner'],
  ['campaign', 'campaign'],
  ['status', 'status'],
  ['deadlineState', 'deadline'],
];

/**
 * The filters in use, in plain words, for the folded "Filter and search" box on a phone:
 * `search “huawei”`, `status: awaiting response`, `due this week`. A value no menu knows (a
 * hand-made link) is shown as it was given.
 */
export function activeFilters(values: Record<string, string>, menus: FilterMenus): string[] {
  const active: string[] = [];
  const q = values.q?.trim();
  if (q) active.push(`search “${q}”`);
  for (const [field, label] of MENU_LABELS) {
    const value = values[field];
    if (value === undefined || value === '') continue;
    const option = menus[field].find((o) => String(o.value) === value);
    active.push(`${label}: ${option?.text ?? value}`);
  }
  if (values.due === 'week') active.push('due this week');
  return active;
}
