import { describe, expect, it } from 'vitest';
import schema from '../../public/managed_schema.json';
import { parseManagedPolicy, POLICY_KEYS } from '@/utils/policy/schema';

type Schema = {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: unknown;
  items?: Schema;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
};

/** Lists the paths of schemas that break Chrome's rule: exactly one `type`, or a `$ref`. */
function typeErrors(node: Schema, path: string): string[] {
  const own = (node.type === undefined) === (node.$ref === undefined) ? [path] : [];
  const children = [
    ...Object.entries(node.properties ?? {}).map(([key, child]) =>
      typeErrors(child, `${path}.${key}`),
    ),
    node.items ? typeErrors(node.items, `${path}[]`) : [],
  ];
  return [...own, ...children.flat()];
}

const properties = (schema as Schema).properties!;

describe('managed_schema.json', () => {
  it('declares exactly the policy keys that Vigila reads', () => {
    expect(Object.keys(properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('follows the rules Chrome sets for managed schemas', () => {
    expect(schema.type).toBe('object');
    expect('additionalProperties' in schema).toBe(false);
    expect(typeErrors(schema as Schema, '$')).toEqual([]);
  });

  it.each(['majorityAge', 'autoLockMinutes', 'retentionDays'] as const)(
    'gives %s the range that Vigila accepts',
    (key) => {
      const { minimum, maximum } = properties[key];
      const accepted = (value: number) => parseManagedPolicy({ [key]: value }).errors.length === 0;
      expect(accepted(minimum!)).toBe(true);
      expect(accepted(maximum!)).toBe(true);
      expect(accepted(minimum! - 1)).toBe(false);
      expect(accepted(maximum! + 1)).toBe(false);
    },
  );

  it('lists the enforcement modes that Vigila accepts', () => {
    for (const mode of properties.enforcement.enum!) {
      expect(parseManagedPolicy({ enforcement: mode }).policy.enforcement).toBe(mode);
    }
  });
});
