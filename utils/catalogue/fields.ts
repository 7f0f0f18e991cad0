import type { CodeList } from './codes';

/** The alert's two parts: SIS data (Art. 20(3)) and the national supplementary record. */
export type FieldGroup = 'sis' | 'supplementary';

/**
 * Legal weight of a field. M: minimum data set (Art. 22(1)) or required for an
 * Art. 32 alert. R: an Art. 20(3) item entered when available. G: good practice
 * for unaccompanied minors.
 */
export type FieldLevel = 'M' | 'R' | 'G';

export type FieldType =
  | 'text'
  | 'text-list'
  | 'partial-date'
  | 'partial-date-list'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'integer'
  | 'phone'
  | 'code'
  | 'code-list'
  | 'image'
  | 'contacts'
  | 'destination';

export interface FieldDefinition {
  id: string;
  group: FieldGroup;
  type: FieldType;
  level: FieldLevel;
  /** Code list for `code` and `code-list` fields. */
  codes?: CodeList;
}

function field(
  id: string,
  group: FieldGroup,
  type: FieldType,
  level: FieldLevel,
  codes?: CodeList,
): FieldDefinition {
  return codes ? { id, group, type, level, codes } : { id, group, type, level };
}

const sis = (id: string, type: FieldType, level: FieldLevel, codes?: CodeList) =>
  field(id, 'sis', type, level, codes);
const supplementary = (id: string, type: FieldType, codes?: CodeList) =>
  field(id, 'supplementary', type, 'G', codes);

/** Every field of an alert on a missing minor, in the order the panel lists them. */
export const FIELDS: readonly FieldDefinition[] = [
  sis('alert_category', 'code', 'M', 'ALERT_CATEGORY'),
  sis('case_type', 'code', 'M', 'CASE_TYPE'),
  sis('surname', 'text', 'M'),
  sis('forenames', 'text', 'R'),
  sis('name_at_birth', 'text', 'R'),
  sis('aliases', 'text-list', 'R'),
  sis('date_of_birth', 'partial-date', 'M'),
  sis('date_of_birth_estimated', 'boolean', 'G'),
  sis('declared_dates_of_birth', 'partial-date-list', 'G'),
  sis('place_of_birth', 'text', 'R'),
  sis('country_of_birth', 'code', 'R', 'COUNTRY'),
  sis('sex', 'code', 'R', 'SEX'),
  sis('nationalities', 'code-list', 'R', 'COUNTRY'),
  sis('distinguishing_marks', 'text', 'R'),
  sis('warning_flags', 'code-list', 'R', 'WARNING'),
  sis('alert_reason', 'text', 'M'),
  sis('issuing_authority', 'text', 'R'),
  sis('decision_reference', 'text', 'R'),
  sis('action_on_hit', 'code', 'M', 'ACTION'),
  sis('linked_alerts', 'text-list', 'R'),
  sis('national_register_number', 'text', 'R'),
  sis('id_document_type', 'text', 'R'),
  sis('id_document_country', 'code', 'R', 'COUNTRY'),
  sis('id_document_number', 'text', 'R'),
  sis('id_document_issue_date', 'date', 'R'),
  sis('facial_image', 'image', 'R'),
  sis('fingerprints_reference', 'text', 'R'),
  sis('dna_profile_reference', 'text', 'R'),

  supplementary('eurodac_reference', 'text'),
  supplementary('last_seen_at', 'datetime'),
  supplementary('last_seen_place', 'text'),
  supplementary('reported_at', 'datetime'),
  supplementary('reported_by', 'text'),
  supplementary('unaccompanied', 'boolean'),
  supplementary('care_centre_name', 'text'),
  supplementary('care_centre_address', 'text'),
  supplementary('care_centre_phone', 'phone'),
  supplementary('left_care_at', 'datetime'),
  supplementary('case_worker', 'text'),
  supplementary('guardian_status', 'code', 'GUARDIAN_STATUS'),
  supplementary('guardian_name', 'text'),
  supplementary('guardian_contact', 'text'),
  supplementary('father_name', 'text'),
  supplementary('mother_name', 'text'),
  supplementary('contacts_abroad', 'contacts'),
  supplementary('intended_destination', 'destination'),
  supplementary('languages', 'code-list', 'LANGUAGE'),
  supplementary('phone_numbers', 'text-list'),
  supplementary('social_media', 'text-list'),
  supplementary('height_cm', 'integer'),
  supplementary('weight_kg', 'integer'),
  supplementary('eye_colour', 'code', 'EYE'),
  supplementary('hair_colour', 'code', 'HAIR'),
  supplementary('clothing', 'text'),
  supplementary('health_needs', 'text'),
  supplementary('risk_indicators', 'code-list', 'RISK'),
  supplementary('previous_disappearances', 'text'),
  supplementary('national_case_number', 'text'),
  supplementary('interpol_notice_number', 'text'),
  supplementary('urgency_note', 'text'),
];

export const FIELD_IDS = FIELDS.map((definition) => definition.id);

const byId = new Map(FIELDS.map((definition) => [definition.id, definition]));

export function isFieldId(id: string): boolean {
  return byId.has(id);
}

/** Returns the definition of a catalogue field, or throws for an unknown id. */
export function getField(id: string): FieldDefinition {
  const definition = byId.get(id);
  if (!definition) throw new Error(`Unknown catalogue field "${id}"`);
  return definition;
}
