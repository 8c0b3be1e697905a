import { CalendarScope } from '../calendar/working-day-calendar';
import { divisionOf, Nation } from '../calendar/holiday';

export const REGIMES = ['foia', 'eir', 'foisa', 'eisr', 'sar'] as const;
export type Regime = (typeof REGIMES)[number];

export function isRegime(value: string): value is Regime {
  return (
    value === 'foia' || value === 'eir' || value === 'foisa' || value === 'eisr' || value === 'sar'
  );
}

/** What each statute says about the clock; every number here has its source in the comment. */
export interface RegimeRules {
  name: string;
  /** The section that sets the basic limit, quoted in explanations. */
  limitSource: string;
  /** Whose bank holidays stop the clock. */
  scope: (nation: Nation) => CalendarScope;
  holidaySource: string;
  /** Working days to respond, or `month` for the SAR calendar-month rule. */
  limit: number | 'month';
  fee: 'pause' | 'restart' | 'none';
  extension: 'public-interest' | 'reg7' | 'three-months' | 'none';
  /** "Very overdue" 20 working days after the original due date (ICO); FOIA and EIR only. */
  longStop: boolean;
  /** Working days after the response to ask for a review; null where the law sets none. */
  reviewWindow: number | null;
  /** FOISA s.20(5): with no response, the window runs from the due date. */
  reviewWindowFromDueDate: boolean;
  reviewDue: number | null;
  reviewLongStop: number | null;
  complaint: { weeks: number; source: string } | { months: number; source: string } | null;
}

const UK_WIDE = (): CalendarScope => 'uk';
const SCOTLAND = (): CalendarScope => 'scotland';

export const REGIME_RULES: Record<Regime, RegimeRules> = {
  foia: {
    name: 'FOIA',
    limitSource: 'FOIA 2000 s.10(1)',
    scope: UK_WIDE,
    holidaySource: 'FOIA s.10(6)',
    limit: 20,
    fee: 'pause', // s.9(2), s.10(2)
    extension: 'public-interest', // s.10(3)
    longStop: true,
    reviewWindow: 40, // s.45 Code of Practice
    reviewWindowFromDueDate: false,
    reviewDue: 20, // ICO; s.45 Code
    reviewLongStop: 40, // ICO: exceptional cases only
    complaint: { weeks: 6, source: 'ICO guidance' },
  },
  eir: {
    name: 'EIR',
    limitSource: 'EIR 2004 reg 5(2)',
    scope: UK_WIDE,
    holidaySource: 'EIR reg 2 (FOIA meaning)',
    limit: 20,
    fee: 'none', // reg 8 charges do not stop the clock
    extension: 'reg7',
    longStop: true,
    reviewWindow: 40, // reg 11(2)
    reviewWindowFromDueDate: false,
    reviewDue: 40, // reg 11(4)
    reviewLongStop: null,
    complaint: { weeks: 6, source: 'ICO guidance' },
  },
  foisa: {
    name: 'FOISA',
    limitSource: 'FOISA 2002 s.10(1)',
    scope: SCOTLAND,
    holidaySource: 'FOISA s.73',
    limit: 20,
    fee: 'pause', // s.10(2)
    extension: 'none',
    longStop: false,
    reviewWindow: 40, // s.20(5)
    reviewWindowFromDueDate: true,
    reviewDue: 20, // s.21(1)
    reviewLongStop: null,
    complaint: { months: 6, source: 'FOISA s.47(4)' },
  },
  eisr: {
    name: 'EISR',
    limitSource: 'EI(S)R 2004 reg 5(2)',
    scope: SCOTLAND,
    holidaySource: 'EI(S)R reg 2 (FOISA meaning)',
    limit: 20,
    fee: 'none',
    extension: 'reg7', // reg 7: +20 working days
    longStop: false,
    reviewWindow: 40, // reg 16(2)
    reviewWindowFromDueDate: true,
    reviewDue: 20, // reg 16(4)
    reviewLongStop: null,
    complaint: { months: 6, source: 'FOISA s.47(4), applied by EI(S)R reg 17' },
  },
  sar: {
    name: 'SAR',
    limitSource: 'UK GDPR art 12(3)',
    scope: (nation) => divisionOf(nation),
    holidaySource: "the controller's own nation",
    limit: 'month',
    fee: 'restart', // the month runs from receipt of the fee (ICO right-of-access guidance)
    extension: 'three-months',
    longStop: false,
    reviewWindow: null,
    reviewWindowFromDueDate: false,
    reviewDue: null,
    reviewLongStop: null,
    complaint: null,
  },
};
