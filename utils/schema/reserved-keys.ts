/** Key that JSON.parse keeps as an own property but that objects built in JavaScript turn into the prototype. */
const PROTOTYPE_KEY = '__proto__';

/**
 * Returns the path of every own `__proto__` key in a parsed JSON value.
 * Schemas of records drop such a key without an issue, so files check for it
 * themselves.
 */
export function findPrototypeKeys(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (value === null || typeof value !== 'object') return [];
  const found: PropertyKey[][] = [];
  if (!Array.isArray(value) && Object.hasOwn(value, PROTOTYPE_KEY)) {
    found.push([...path, PROTOTYPE_KEY]);
  }
  for (const [key, child] of Object.entries(value)) {
    const segment = Array.isArray(value) ? Number(key) : key;
    found.push(...findPrototypeKeys(child, [...path, segment]));
  }
  return found;
}
