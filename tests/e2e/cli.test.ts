import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../cli/lib/command.mjs';
import { formatReport, formatTable } from '../../cli/lib/format.mjs';
import {
  parseSelector,
  toFieldReport,
  toFillOutcome,
  toRuleReport,
  type AuditReport,
} from '../../cli/lib/panel-report.mjs';
import { UsageError, originPattern, resolveTarget } from '../../cli/lib/target.mjs';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VIGILA = path.join(REPOSITORY_ROOT, 'cli', 'vigila.mjs');
const DEMO_PORTAL = path.join(REPOSITORY_ROOT, 'cli', 'demo', 'portal.html');
const DEMO_DRAFT = path.join(REPOSITORY_ROOT, 'cli', 'demo', 'sample-draft.json');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A form with enough catalogue fields for the panel, and an image that never loads. */
const PAGE_WITH_STALLED_IMAGE = `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>Segnalazione</title></head>
<body>
  <img src="/stalled.png" alt="Stemma">
  <form>
    <label for="cognome">Cognome</label> <input id="cognome" name="cognome">
    <label for="nome">Nome</label> <input id="nome" name="nome">
    <label for="nascita">Data di nascita</label> <input id="nascita" name="nascita">
    <label for="sesso">Sesso</label>
    <select id="sesso" name="sesso"><option></option><option>M</option><option>F</option></select>
    <label for="nazionalita">Nazionalità</label> <input id="nazionalita" name="nazionalita">
  </form>
</body></html>`;

interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

function runVigila(args: string[], env: NodeJS.ProcessEnv = {}, timeout = 30_000) {
  return new Promise<RunResult>((resolve) => {
    execFile(
      process.execPath,
      [VIGILA, ...args],
      { env: { ...process.env, ...env }, timeout },
      (error, stdout, stderr) => {
        const status = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

describe('parseCommand', () => {
  it('reads an audit with every option', () => {
    const parsed = parseCommand([
      'audit',
      'page.html',
      '--draft',
      'draft.json',
      '--fill',
      '--json',
      '--screenshot',
      'shot.png',
      '--timeout',
      '12.5',
      '--allow-outside-cwd',
    ]);
    expect(parsed.command).toBe('audit');
    expect(parsed.json).toBe(true);
    expect(parsed.audit).toEqual({
      target: 'page.html',
      draftFile: 'draft.json',
      fill: true,
      allowOutsideCwd: true,
      screenshotFile: 'shot.png',
      timeoutMs: 12_500,
    });
  });

  it('returns help for --help', () => {
    expect(parseCommand(['--help']).command).toBe('help');
  });

  it.each([
    [[], /Missing command/],
    [['check', 'page.html'], /Unknown command: check/],
    [['audit'], /Missing the URL or HTML file/],
    [['audit', 'a.html', 'b.html'], /Unexpected argument: b.html/],
    [['audit', 'a.html', '--fill'], /--fill needs --draft/],
    [['audit', 'a.html', '--timeout', '0'], /Invalid --timeout 0/],
    [['audit', 'a.html', '--colour'], /Unknown option '--colour'/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});

describe('resolveTarget', () => {
  it.each([
    ['http://127.0.0.1:8080/portal.html', 'http://127.0.0.1:8080/portal.html'],
    ['http://localhost/form', 'http://localhost/form'],
  ])('accepts the local URL %s', (target, url) => {
    expect(resolveTarget(target)).toEqual({ kind: 'url', url });
  });

  it('resolves a relative file against the folder given', () => {
    expect(resolveTarget('demo/portal.html', '/work')).toEqual({
      kind: 'file',
      path: '/work/demo/portal.html',
    });
  });

  it('takes a file URL as a local file', () => {
    expect(resolveTarget('file:///tmp/portal.html')).toEqual({
      kind: 'file',
      path: '/tmp/portal.html',
    });
  });

  it.each([
    'https://127.0.0.1/portal.html',
    'http://example.org/portal.html',
    'http://127.0.0.2/portal.html',
    'ftp://localhost/portal.html',
  ])('rejects the URL %s', (target) => {
    expect(() => resolveTarget(target)).toThrow(UsageError);
    expect(() => resolveTarget(target)).toThrow(
      /only http:\/\/127\.0\.0\.1 and http:\/\/localhost/,
    );
  });
});

describe('originPattern', () => {
  it('drops the port and the path', () => {
    expect(originPattern('http://127.0.0.1:41234/a/b.html')).toBe('http://127.0.0.1/*');
  });
});

describe('panel report parsing', () => {
  it('turns one selector into a string', () => {
    expect(parseSelector('["#txtCognome"]', 'surname')).toBe('#txtCognome');
  });

  it('keeps the selectors of a split field as an array', () => {
    expect(parseSelector('["#g","#m","#a"]', 'date_of_birth')).toEqual(['#g', '#m', '#a']);
  });

  it.each([undefined, '', '[]'])('returns null for the absent selector %j', (text) => {
    expect(parseSelector(text, 'surname')).toBeNull();
  });

  it('names the field of an invalid data-selector', () => {
    expect(() => parseSelector('#txtCognome', 'surname')).toThrow(/check item "surname"/);
  });

  it('reads an absent field with nulls', () => {
    const field = toFieldReport({
      fieldId: 'urgency_note',
      status: 'absent',
      frame: '',
      selector: '',
      label: '',
      confidence: '',
      source: '',
    });
    expect(field).toEqual({
      id: 'urgency_note',
      status: 'absent',
      frame: null,
      selector: null,
      label: null,
      confidence: null,
      source: null,
    });
  });

  it('reads the confidence as a number', () => {
    const field = toFieldReport({ fieldId: 'surname', status: 'present', confidence: '0.92' });
    expect(field.confidence).toBe(0.92);
  });

  it('splits the fields of a rule', () => {
    const rule = toRuleReport({
      ruleId: 'dates_in_order',
      status: 'fail',
      severity: 'warning',
      fields: ' date_of_birth  left_care_at ',
      message: '  Dates are out of order.\n',
    });
    expect(rule.fields).toEqual(['date_of_birth', 'left_care_at']);
    expect(rule.message).toBe('Dates are out of order.');
  });

  it('reads a fill result without a value as null', () => {
    expect(toFillOutcome({ fieldId: 'sex', status: 'skipped' })).toEqual({
      id: 'sex',
      status: 'skipped',
      value: null,
    });
  });

  it('reads an empty fill value as null', () => {
    expect(toFillOutcome({ fieldId: 'sex', status: 'skipped', value: '' }).value).toBeNull();
  });
});

describe('formatReport', () => {
  const report: AuditReport = {
    url: 'http://127.0.0.1:5000/portal.html',
    fields: [
      {
        id: 'surname',
        status: 'present',
        frame: 'http://127.0.0.1:5000/portal.html',
        selector: '#txtCognome',
        label: 'Cognome',
        confidence: 0.9,
        source: 'table-left',
      },
      {
        id: 'date_of_birth',
        status: 'missing',
        frame: 'http://127.0.0.1:5000/frame.html',
        selector: ['#g', '#m', '#a'],
        label: 'Data di nascita',
        confidence: 0.8,
        source: 'table-left',
      },
      {
        id: 'urgency_note',
        status: 'absent',
        frame: null,
        selector: null,
        label: null,
        confidence: null,
        source: null,
      },
    ],
    checklist: {
      score: 40,
      items: [
        {
          id: 'photo_present',
          severity: 'blocking',
          status: 'fail',
          fields: ['facial_image'],
          message: 'No photo.',
        },
      ],
    },
    fill: [{ id: 'surname', status: 'filled', value: 'ROSSI' }],
  };
  const text = formatReport(report, { name: 'Unit checklist', id: 'unit', version: '2' });

  it('names the top frame top', () => {
    expect(text).toMatch(/surname +present +Cognome +top +#txtCognome/);
  });

  it('joins the selectors of a split field', () => {
    expect(text).toContain('http://127.0.0.1:5000/frame.html  #g + #m + #a');
  });

  it('lists absent fields apart', () => {
    expect(text).toContain('Not on the page (1):\n  urgency_note');
  });

  it('prints the score and the checklist', () => {
    expect(text).toContain('Score: 40/100 (checklist unit v2)');
  });

  it('prints the rule with its severity', () => {
    expect(text).toMatch(/photo_present +fail +blocking +No photo\./);
  });

  it('prints the fill outcome', () => {
    expect(text).toMatch(/surname +filled +ROSSI/);
  });

  it('leaves out the fill section when no fill ran', () => {
    expect(formatReport({ ...report, fill: [] })).not.toContain('Fill:');
  });
});

describe('formatTable', () => {
  it('pads every column but the last', () => {
    expect(formatTable(['A', 'B'], [['long cell', 'x']])).toBe('A          B\nlong cell  x');
  });
});

describe('vigila command', () => {
  it('prints the usage for --help with status 0', async () => {
    const result = await runVigila(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: vigila audit <url | html file>');
  });

  it('exits with 2 and the usage without arguments', async () => {
    const result = await runVigila([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('vigila: Missing command');
    expect(result.stderr).toContain('Usage: vigila audit');
  });

  it('exits with 2 for a remote URL', async () => {
    const result = await runVigila(['audit', 'https://portal.example/']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('audits only http://127.0.0.1');
  });

  it('exits with 1 naming a missing page file', async () => {
    const result = await runVigila(['audit', '/nonexistent/portal.html']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('vigila: Page file not found: /nonexistent/portal.html\n');
  });

  it('exits with 1 telling to build when no build exists', async () => {
    const result = await runVigila(['audit', DEMO_PORTAL], {
      VIGILA_EXTENSION_DIR: '/nonexistent/chrome-mv3',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^vigila: Built extension not found: .*npm run build/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits with 1 for a Latin-1 draft', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'vigila-latin1-'));
    const draft = path.join(folder, 'latin1.json');
    const before = '{"format":"vigila-draft","version":1,"fields":{"surname":"M';
    await writeFile(
      draft,
      Buffer.concat([Buffer.from(before), Buffer.from([0xfc]), Buffer.from('ller"}}')]),
    );
    try {
      const result = await runVigila(['audit', DEMO_PORTAL, '--draft', draft]);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `vigila: Draft file is not valid UTF-8: ${draft} (invalid byte at offset ` +
          `${before.length}). Save the file as UTF-8 and try again.\n`,
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('exits with 1 for a non-JSON draft', async () => {
    const draft = path.join(REPOSITORY_ROOT, 'cli', 'demo', 'portal.html');
    const result = await runVigila(['audit', DEMO_PORTAL, '--draft', draft]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`vigila: Draft file is not valid JSON: ${draft}\n`);
  });
});

describe('vigila audit in the browser', () => {
  it('fills the demo without invalid fields', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'vigila-cli-'));
    const screenshot = path.join(folder, 'shots', 'demo.png');
    try {
      const args = ['audit', DEMO_PORTAL, '--draft', DEMO_DRAFT, '--fill', '--json'];
      const result = await runVigila([...args, '--screenshot', screenshot], {}, 60_000);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);

      const report = JSON.parse(result.stdout) as AuditReport;
      const filled = report.fill.filter((outcome) => outcome.status === 'filled');
      expect(filled.map((outcome) => outcome.id)).toContain('contacts_abroad');
      const invalid = report.fields.filter((field) => field.status === 'invalid');
      const filledInvalid = invalid.filter((field) =>
        filled.some((outcome) => outcome.id === field.id),
      );
      expect(filledInvalid.map((field) => field.id)).toEqual([]);
      const contacts = report.fields.find((field) => field.id === 'contacts_abroad');
      expect(contacts?.status).toBe('present');

      const png = await readFile(screenshot);
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('audits a page whose image never loads', async () => {
    const stalled: http.ServerResponse[] = [];
    const server = http.createServer((request, response) => {
      if (request.url === '/stalled.png') {
        stalled.push(response);
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(PAGE_WITH_STALLED_IMAGE);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const url = `http://127.0.0.1:${port}/form.html`;
      const result = await runVigila(['audit', url, '--json', '--timeout', '20'], {}, 60_000);
      expect(result.status).toBe(0);
      expect(result.stderr).toContain("vigila: warning: The page's load event did not fire");

      const report = JSON.parse(result.stdout) as AuditReport;
      expect(report.fields.find((field) => field.id === 'surname')?.status).toBe('missing');
    } finally {
      for (const response of stalled) response.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
