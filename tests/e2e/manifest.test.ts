import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The build's output folder: VIGILA_OUT_DIR, as wxt.config.ts reads it, else .output.
const OUTPUT = path.resolve(__dirname, '../..', process.env.VIGILA_OUT_DIR ?? '.output');

function manifest(folder: string): Record<string, any> {
  return JSON.parse(readFileSync(path.join(OUTPUT, folder, 'manifest.json'), 'utf8'));
}

describe('Chromium manifest', () => {
  const chromium = manifest('chrome-mv3');

  it('grants no portal origin by default', () => {
    expect(chromium.host_permissions ?? []).toEqual([]);
    expect(chromium.content_scripts ?? []).toEqual([]);
    expect(chromium.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('toggles the panel from a keyboard shortcut', () => {
    expect(chromium.commands._execute_action.suggested_key.default).toBe('Alt+Shift+V');
  });

  it('declares the schema of its managed storage', () => {
    expect(chromium.storage).toEqual({ managed_schema: 'managed_schema.json' });
  });

  it('exposes only the panel page to portals', () => {
    expect(chromium.web_accessible_resources).toEqual([
      { resources: ['panel.html'], matches: ['http://*/*', 'https://*/*'] },
    ]);
  });
});

describe('Firefox manifest', () => {
  const firefox = manifest('firefox-mv2');

  it('carries its gecko id and data collection declaration', () => {
    expect(firefox.browser_specific_settings.gecko.id).toBe('vigila@vigila.invalid');
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  it('declares no managed storage schema', () => {
    expect(firefox.storage).toBeUndefined();
  });

  it('asks for portal origins only as optional permissions', () => {
    expect(firefox.permissions).not.toContain('<all_urls>');
    expect(firefox.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('toggles the panel from a keyboard shortcut', () => {
    expect(firefox.commands._execute_browser_action.suggested_key.default).toBe('Alt+Shift+V');
  });
});
