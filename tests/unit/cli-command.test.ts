// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { AuditResult } from '../../cli/lib/audit.mjs';
import { main } from '../../cli/lib/command.mjs';

const audit = vi.hoisted(() => ({ result: undefined as AuditResult | undefined }));

vi.mock('../../cli/lib/audit.mjs', () => ({
  runAudit: async () => audit.result,
}));

const REPORT = {
  url: 'http://127.0.0.1:5000/portal.html',
  fields: [
    {
      id: 'surname',
      status: 'present' as const,
      frame: 'http://127.0.0.1:5000/portal.html',
      selector: '#txtCognome',
      label: 'Cognome',
      confidence: 0.9,
      source: 'table-left',
    },
  ],
  checklist: { score: 40, items: [] },
  fill: [],
};

let stdout: MockInstance;
let stderr: MockInstance;

function written(spy: MockInstance): string {
  return spy.mock.calls.map(([chunk]) => String(chunk)).join('');
}

beforeEach(() => {
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('main after the audit', () => {
  it('prints the report when the screenshot failed', async () => {
    const cause = Object.assign(new Error("EISDIR: illegal operation on a directory, open '/x'"), {
      code: 'EISDIR',
    });
    audit.result = { report: REPORT, checklist: null, warnings: [], screenshotError: cause };

    const status = await main(['audit', 'page.html', '--screenshot', '/x/page.png', '--json']);

    expect(status).toBe(1);
    expect(JSON.parse(written(stdout))).toEqual(REPORT);
    expect(written(stderr)).toBe(
      "vigila: Screenshot not written to /x/page.png: EISDIR: illegal operation on a directory, open '/x'\n",
    );
  });

  it('prints warnings to stderr and exits with 0', async () => {
    audit.result = { report: REPORT, checklist: null, warnings: ['The load event did not fire'] };

    const status = await main(['audit', 'page.html']);

    expect(status).toBe(0);
    expect(written(stdout)).toContain('surname');
    expect(written(stderr)).toBe('vigila: warning: The load event did not fire\n');
  });
});
