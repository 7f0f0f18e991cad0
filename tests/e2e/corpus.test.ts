/**
 * Detection accuracy on every fixture portal, through the built extension's
 * panel: each field of a portal's truth file is reported at its control, and
 * no control is reported as a field the truth does not give it, first by
 * detection alone, then with the portal's profile imported. The comparison
 * is the detection benchmark's (`npm run bench:detect`).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  combineProfileFiles,
  describeMismatch,
  listPortalProfiles,
  listPortals,
  measurePortal,
  type PortalResult,
} from '../../cli/lib/detect-accuracy.mjs';
import { importProfileFile, launchWithExtension, type ExtensionSession } from './support/browser';
import { PORTALS_DIR } from './support/fixtures';
import { startServer, type StaticServer } from './support/server';

const PORTALS = await listPortals(PORTALS_DIR);

let session: ExtensionSession;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer({ root: PORTALS_DIR, sharedCasesDir: null });
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('corpus', () => {
  it('holds at least 14 portals', () => {
    expect(PORTALS.length).toBeGreaterThanOrEqual(14);
  });
});

describe.each(PORTALS)('corpus portal %s', (name) => {
  let result: PortalResult;

  beforeAll(async () => {
    result = await measurePortal(session, name, { dir: PORTALS_DIR, baseUrl: server.url });
  });

  it('finds every truth field at its control', () => {
    expect(result.falseNegatives.map(describeMismatch)).toEqual([]);
  });

  it('reports no control the truth does not give that field', () => {
    expect(result.falsePositives.map(describeMismatch)).toEqual([]);
  });
});

describe('corpus with portal profiles', () => {
  let pinnedSession: ExtensionSession;
  let scratch: string;
  const results = new Map<string, PortalResult>();
  const profileNames = new Map<string, string>();

  beforeAll(async () => {
    const files = await listPortalProfiles(PORTALS_DIR, PORTALS);
    for (const [index, file] of files.entries()) {
      profileNames.set(PORTALS[index], JSON.parse(await readFile(file, 'utf8')).name);
    }
    scratch = await mkdtemp(path.join(os.tmpdir(), 'vigila-corpus-profiles-'));
    const combined = path.join(scratch, 'profiles.json');
    await combineProfileFiles(files, combined);
    pinnedSession = await launchWithExtension();
    await importProfileFile(pinnedSession.browser, pinnedSession.extensionId, combined);
    for (const name of PORTALS) {
      results.set(
        name,
        await measurePortal(pinnedSession, name, { dir: PORTALS_DIR, baseUrl: server.url }),
      );
    }
  }, 300_000);

  afterAll(async () => {
    await pinnedSession?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it.each(PORTALS)('%s applies its own profile', (name) => {
    expect(results.get(name)?.profile).toBe(profileNames.get(name));
  });

  it.each(PORTALS)('%s reports every field exactly', (name) => {
    const result = results.get(name);
    expect(result?.falseNegatives.map(describeMismatch)).toEqual([]);
    expect(result?.falsePositives.map(describeMismatch)).toEqual([]);
  });

  it.each(PORTALS)('%s takes every field from the profile', (name) => {
    expect(results.get(name)?.unpinned).toEqual([]);
  });
});
