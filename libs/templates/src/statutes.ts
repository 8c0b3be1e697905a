const FOIA = 'the Freedom of Information Act 2000';
const EIR = 'the Environmental Information Regulations 2004';
const FOISA = 'the Freedom of Information (Scotland) Act 2002';
const EISR = 'the Environmental Information (Scotland) Regulations 2004';
const UK_GDPR = 'the UK General Data Protection Regulation';

/**
 * The provisions letters cite, written out in full as a letter should quote them. Templates name
 * them with `{{statute "key"}}`; an unknown key fails when the template is loaded.
 */
export const STATUTES: Readonly<Record<string, string>> = {
  'foia-s1': `section 1(1) of ${FOIA}`,
  'foia-s8': `section 8 of ${FOIA}`,
  'foia-s10': `section 10(1) of ${FOIA}`,
  'foia-s11': `section 11(1) of ${FOIA}`,
  'foia-s12': `section 12 of ${FOIA}`,
  'foia-s16': `section 16 of ${FOIA}`,
  'foia-s17': `section 17 of ${FOIA}`,
  'foia-s17-2': `section 17(2) of ${FOIA}`,
  'foia-s41': `section 41 of ${FOIA}`,
  'foia-s43': `section 43(2) of ${FOIA}`,
  'foia-s45-code': `the Code of Practice issued under section 45 of ${FOIA}`,
  'foia-s50': `section 50 of ${FOIA}`,
  'eir-reg2': `regulation 2(1) of ${EIR}`,
  'eir-reg5': `regulation 5(1) of ${EIR}`,
  'eir-reg5-2': `regulation 5(2) of ${EIR}`,
  'eir-reg6': `regulation 6(1) of ${EIR}`,
  'eir-reg7': `regulation 7 of ${EIR}`,
  'eir-reg8': `regulation 8 of ${EIR}`,
  'eir-reg9': `regulation 9 of ${EIR}`,
  'eir-reg11': `regulation 11 of ${EIR}`,
  'eir-reg12': `regulation 12 of ${EIR}`,
  'eir-reg12-2': `regulation 12(2) of ${EIR}`,
  'eir-reg14': `regulation 14 of ${EIR}`,
  'eir-reg18': `section 50 of ${FOIA}, as applied by regulation 18 of ${EIR}`,
  'foisa-s1': `section 1(1) of ${FOISA}`,
  'foisa-s10': `section 10(1) of ${FOISA}`,
  'foisa-s15': `section 15 of ${FOISA}`,
  'foisa-s16': `section 16 of ${FOISA}`,
  'foisa-s20': `section 20 of ${FOISA}`,
  'foisa-s21': `section 21 of ${FOISA}`,
  'foisa-s47': `section 47(1) of ${FOISA}`,
  'eisr-reg5': `regulation 5(1) of ${EISR}`,
  'eisr-reg5-2': `regulation 5(2) of ${EISR}`,
  'eisr-reg7': `regulation 7 of ${EISR}`,
  'eisr-reg9': `regulation 9 of ${EISR}`,
  'eisr-reg10': `regulation 10 of ${EISR}`,
  'eisr-reg10-2': `regulation 10(2) of ${EISR}`,
  'eisr-reg16': `regulation 16 of ${EISR}`,
  'eisr-reg17': `section 47(1) of ${FOISA}, as applied by regulation 17 of ${EISR}`,
  'ukgdpr-art12': `Article 12(3) of ${UK_GDPR}`,
  'ukgdpr-art15': `Article 15 of ${UK_GDPR}`,
};

export function quoteStatute(key: unknown): string {
  const text = typeof key === 'string' ? STATUTES[key] : undefined;
  if (text === undefined) throw new Error(`unknown statute "${String(key)}"`);
  return text;
}
