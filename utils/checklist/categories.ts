import { ALERT_CATEGORY, LEGACY_ALERT_CATEGORY, type AlertCategory } from '../catalogue';

/** Categories C and D_* concern children only (Regulation (EU) 2018/1862, Art. 32(1)). */
export function isChildCategory(category: AlertCategory): boolean {
  return category === 'C' || isCategoryD(category);
}

export function isCategoryD(category: AlertCategory): boolean {
  return category.startsWith('D_');
}

export function isCategoryA(category: AlertCategory): boolean {
  return category === 'A_I' || category === 'A_II';
}

/** Returns the alert category of a value, mapping legacy SIS II values, or undefined. */
export function toAlertCategory(value: unknown): AlertCategory | undefined {
  if (typeof value !== 'string') return undefined;
  const category = LEGACY_ALERT_CATEGORY[value] ?? value;
  return (ALERT_CATEGORY as readonly string[]).includes(category)
    ? (category as AlertCategory)
    : undefined;
}
