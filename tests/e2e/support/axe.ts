import axe from 'axe-core';
import type { Frame, Page } from 'puppeteer-core';

/**
 * Rule tags that axe-core 4.14 runs: WCAG 2.0 and 2.1 at levels A and AA,
 * and Deque's best practices (landmarks, heading order, one main landmark).
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** One failed axe-core rule, with the elements that failed it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Outcome of one axe-core run. */
export interface AxeOutcome {
  violations: AxeViolation[];
  /** Number of rules that found elements to check and passed on all of them. */
  passedRules: number;
}

/**
 * Runs axe-core on the document of a page or frame and returns its
 * violations. The library is evaluated through the DevTools protocol, which
 * the content security policy of extension pages does not apply to, so no
 * script element is added to the page.
 */
export async function runAxe(target: Page | Frame): Promise<AxeOutcome> {
  const loaded = await target.evaluate(() => 'axe' in window);
  if (!loaded) await target.evaluate(axe.source);

  return target.evaluate(async (tags: string[]) => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    const violations = results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        html: node.html,
        summary: node.failureSummary ?? '',
      })),
    }));
    return { violations, passedRules: results.passes.length };
  }, AXE_TAGS);
}

/** Formats violations one element a line, for a test failure message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n` +
          `  at ${node.target}: ${node.html}\n  ${node.summary.replaceAll('\n', '\n  ')}`,
      ),
    )
    .join('\n');
}
