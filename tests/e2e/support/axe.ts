import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.2 AA rule set the questionnaire is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type AxeViolation = AxeResults['violations'][number];

/** One violation as a few readable lines: the rule, its impact, and each failing element. */
export function describeViolation(violation: AxeViolation): string {
  const nodes = violation.nodes.map((node) => {
    const target = node.target.map((selector) => String(selector)).join(' > ');
    const summary = (node.failureSummary ?? '').trim().replace(/\n\s*/g, '\n        ');
    return `    - ${target}\n      ${node.html}\n      ${summary}`;
  });
  return [
    `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}`,
    `    ${violation.helpUrl}`,
    ...nodes,
  ].join('\n');
}

/**
 * Runs axe over the whole page as it stands and fails with a readable list of violations.
 * `where` names the page (and state) in the failure message.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags([...WCAG_TAGS]).analyze();
  const report = results.violations.map(describeViolation).join('\n');
  expect(results.violations.length, `axe found violations on ${where}:\n${report}`).toBe(0);
}
