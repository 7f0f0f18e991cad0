import { addMonths, addYears } from 'date-fns';

/** Tells whether a person born on `birthDay` is at least `years` old on `now`. */
export function hasReachedAge(birthDay: Date, years: number, now: Date): boolean {
  // date-fns moves 29 February to 28 February in years without it.
  return addYears(birthDay, years).getTime() <= now.getTime();
}

/** Tells whether a person born on `birthDay` reaches `years` of age within `months` of `now`. */
export function reachesAgeWithin(
  birthDay: Date,
  years: number,
  months: number,
  now: Date,
): boolean {
  return addYears(birthDay, years).getTime() <= addMonths(now, months).getTime();
}
