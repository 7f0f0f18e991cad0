/**
 * Readers of catalogue values. A value of an unexpected type counts as not
 * given, so that a rule never fails on what a page could not parse.
 */

type Values = Readonly<Record<string, unknown>>;

/** Tells whether a value is given. Blank texts and lists or records of blanks are not. */
export function isGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(isGiven);
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'object') return Object.values(value).some(isGiven);
  return typeof value === 'boolean';
}

/** Returns a text value trimmed, or undefined when it is blank or not a text. */
export function readText(values: Values, fieldId: string): string | undefined {
  return asText(values[fieldId]);
}

export function asText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Returns the non-blank texts of a list value, trimmed. */
export function readTexts(values: Values, fieldId: string): string[] {
  const value = values[fieldId];
  if (!Array.isArray(value)) return [];
  return value.map(asText).filter((text) => text !== undefined);
}

/** Returns a code value when it belongs to the code list. */
export function readCode<Code extends string>(
  values: Values,
  fieldId: string,
  codes: readonly Code[],
): Code | undefined {
  const value = values[fieldId];
  return (codes as readonly unknown[]).includes(value) ? (value as Code) : undefined;
}

/** Returns the codes of a list value that belong to the code list. */
export function readCodes<Code extends string>(
  values: Values,
  fieldId: string,
  codes: readonly Code[],
): Code[] {
  const value = values[fieldId];
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is Code => (codes as readonly unknown[]).includes(item));
}

/** Returns the records of a list value, skipping items that are not objects. */
export function readRecords(values: Values, fieldId: string): Record<string, unknown>[] {
  const value = values[fieldId];
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord);
}

/** Returns a record value, or undefined when it is not an object. */
export function readRecord(values: Values, fieldId: string): Record<string, unknown> | undefined {
  const value = values[fieldId];
  return isRecord(value) ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
