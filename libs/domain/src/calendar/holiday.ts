/** The four nations an authority or a data controller can belong to. */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/** The three bank-holiday divisions of the UK, named as gov.uk's bank-holidays.json names them. */
export const DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Division = (typeof DIVISIONS)[number];

export interface Holiday {
  /** `YYYY-MM-DD` */
  date: string;
  name: string;
  division: Division;
}

export function divisionOf(nation: Nation): Division {
  return nation === 'england' || nation === 'wales' ? 'england-and-wales' : nation;
}

export function isNation(value: string): value is Nation {
  return (
    value === 'england' || value === 'wales' || value === 'scotland' || value === 'northern-ireland'
  );
}

export function isDivision(value: string): value is Division {
  return (DIVISIONS as readonly string[]).includes(value);
}

const DIVISION_NAMES: Record<Division, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export function divisionName(division: Division): string {
  return DIVISION_NAMES[division];
}
