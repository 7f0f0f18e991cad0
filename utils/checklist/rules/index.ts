import type { Rule } from '../types';
import { actionFitsCategory } from './action-fits-category';
import { caseTypeKnown } from './case-type-known';
import { categoryFitsAge } from './category-fits-age';
import { countryCodesValid } from './country-codes-valid';
import { datesInOrder } from './dates-in-order';
import { decisionForTravelCategories } from './decision-for-travel-categories';
import { dnaOnlyCategoryA } from './dna-only-category-a';
import { estimatedBirthDate } from './estimated-birth-date';
import { fingerprintsExpected } from './fingerprints-expected';
import { formatValid } from './format-valid';
import { guardianRecorded } from './guardian-recorded';
import { leftCareDetails } from './left-care-details';
import { majorityNear } from './majority-near';
import { namesLatinForm } from './names-latin-form';
import { photoPresent } from './photo-present';
import { riskForCategoryD } from './risk-for-category-d';
import { sisPayloadOnly } from './sis-payload-only';
import { urgentMarking } from './urgent-marking';

/** Every rule the checker enforces, in the catalogue's order. */
export const RULES: Rule[] = [
  categoryFitsAge,
  decisionForTravelCategories,
  riskForCategoryD,
  caseTypeKnown,
  datesInOrder,
  majorityNear,
  estimatedBirthDate,
  photoPresent,
  fingerprintsExpected,
  dnaOnlyCategoryA,
  leftCareDetails,
  guardianRecorded,
  actionFitsCategory,
  namesLatinForm,
  countryCodesValid,
  urgentMarking,
  sisPayloadOnly,
  formatValid,
];
