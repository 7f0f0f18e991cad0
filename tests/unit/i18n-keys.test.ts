import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_STATUS, FIELDS, FILL_STATUS, SEVERITY } from '@/utils/catalogue';
import { RULES } from '@/utils/checklist';
import messages from '../../public/_locales/en/messages.json';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_FOLDERS = ['components', 'entrypoints', 'utils'];
const LABEL_SOURCES = [
  'profile', 'label-for', 'label-wrap', 'aria-labelledby', 'aria-label', 'text-before',
  'table-left', 'table-above', 'definition-list', 'list-item', 'placeholder', 'title',
  'text-after', 'name-id', 'options',
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

const keys = new Set(Object.keys(messages));
const files = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder)));

describe('message catalogue', () => {
  it('has every key that code passes to t() as a literal', () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        if (!keys.has(match[1])) missing.push(`${path.relative(ROOT, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each([
    ['field names', FIELDS.map((field) => `field_${field.id}`)],
    ['field statuses', FIELD_STATUS.map((status) => `status_${status}`)],
    ['rule statuses', ['pass', 'fail'].map((status) => `status_${status}`)],
    ['fill outcomes', FILL_STATUS.map((status) => `outcome_${status.replaceAll('-', '_')}`)],
    ['severities', SEVERITY.map((severity) => `severity_${severity}`)],
    ['label sources', LABEL_SOURCES.map((source) => `source_${source.replaceAll('-', '_')}`)],
    ['rule titles', RULES.map((rule) => `rule_${rule.id}_title`)],
    ['group names', ['group_sis', 'group_supplementary']],
  ])('has the %s built from data', (_, expected) => {
    expect(expected.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('uses only valid key names', () => {
    expect([...keys].filter((key) => !/^[A-Za-z0-9_@]+$/.test(key))).toEqual([]);
  });
});
