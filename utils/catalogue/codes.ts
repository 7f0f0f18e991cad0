/** Code lists of the catalogue. Country and language codes come from packages. */

/** Art. 32(1) of Regulation (EU) 2018/1862. */
export const ALERT_CATEGORY = ['A_I', 'A_II', 'B', 'C', 'D_I', 'D_II', 'D_III', 'E'] as const;

/** Legacy SIS II values (Council Decision 2007/533/JHA, Art. 32(2)). */
export const LEGACY_ALERT_CATEGORY: Record<string, AlertCategory> = {
  '2A_I': 'A_I',
  '2A_II': 'A_II',
  '2B': 'B',
};

export const CASE_TYPE = [
  'RUNAWAY',
  'PARENTAL_ABDUCTION',
  'THIRD_PARTY_ABDUCTION',
  'UNACCOMPANIED_MIGRANT',
  'LOST_INJURED_OTHER',
] as const;

/** Warning flags of Art. 20(3)(j). */
export const WARNING = [
  'ARMED',
  'VIOLENT',
  'ABSCONDED',
  'SUICIDE_RISK',
  'PUBLIC_HEALTH',
  'TERRORISM',
] as const;

/** Action to be taken on a hit, Art. 33. */
export const ACTION = ['PROTECT', 'PREVENT_TRAVEL', 'REPORT_WHEREABOUTS'] as const;

export const SEX = ['M', 'F', 'U'] as const;

/** NCIC eye colour codes. */
export const EYE = ['BLK', 'BLU', 'BRO', 'GRN', 'GRY', 'HAZ', 'MAR', 'MUL', 'PNK', 'XXX'] as const;

/** NCIC hair colour codes. */
export const HAIR = [
  'BAL', 'BLK', 'BLN', 'BLU', 'BRO', 'GRN', 'GRY', 'ONG',
  'PLE', 'PNK', 'RED', 'SDY', 'STR', 'WHI', 'XXX',
] as const;

/** Old NCIC hair codes that normalise to current ones. */
export const LEGACY_HAIR: Record<string, Hair> = { GRE: 'GRY', WHT: 'WHI' };

export const RISK = [
  'TRAFFICKING',
  'EXPLOITATION',
  'FORCED_MARRIAGE',
  'FGM',
  'TERRORISM',
  'ARMED_GROUPS',
  'SUICIDE',
  'SELF_HARM',
  'MEDICAL',
] as const;

export const GUARDIAN_STATUS = ['APPOINTED', 'NOT_YET_APPOINTED'] as const;

/** ICAO 9303 codes that are not ISO 3166-1 countries. */
export const ICAO_SPECIAL_COUNTRY = ['XXA', 'XXB', 'XXC', 'XXX'] as const;

export type AlertCategory = (typeof ALERT_CATEGORY)[number];
export type CaseType = (typeof CASE_TYPE)[number];
export type Warning = (typeof WARNING)[number];
export type Action = (typeof ACTION)[number];
export type Sex = (typeof SEX)[number];
export type Eye = (typeof EYE)[number];
export type Hair = (typeof HAIR)[number];
export type Risk = (typeof RISK)[number];
export type GuardianStatus = (typeof GUARDIAN_STATUS)[number];

export const CODE_LISTS = {
  ALERT_CATEGORY,
  CASE_TYPE,
  WARNING,
  ACTION,
  SEX,
  EYE,
  HAIR,
  RISK,
  GUARDIAN_STATUS,
} as const;

/** Code lists with a closed set of values. COUNTRY and LANGUAGE are open. */
export type ClosedCodeList = keyof typeof CODE_LISTS;
export type CodeList = ClosedCodeList | 'COUNTRY' | 'LANGUAGE';
