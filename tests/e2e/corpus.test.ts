/**
 * Detection accuracy on every fixture portal, through the built extension's
 * panel: each field of a portal's truth file is reported at its control, and
 * no control is reported as a field the truth does not give it. The
 * comparison is the detection benchmark's (`npm run bench:detect`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeMismatch,
  listPortals,
  measurePortal,
  type PortalResult,
} from '../../cli/lib/detect-accuracy.mjs';
import { launchWithExtension, type ExtensionSession } from './support/browser';
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
