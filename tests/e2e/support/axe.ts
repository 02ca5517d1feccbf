import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';

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
 *
 * A page without frames (every page of the app on its own) is checked by axe run in the page
 * itself, its source injected once per document: the questionnaire is one document for a whole
 * walk, and AxeBuilder re-injects axe and opens a blank page to merge the frames' results on every
 * call, which took ~1.5 s a page against ~0.1 s this way (30 pages a walk). A page with frames (a
 * clinic's page with the embed) goes through AxeBuilder, which checks inside each frame.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations =
    page.frames().length > 1
      ? (await new AxeBuilder({ page }).withTags([...WCAG_TAGS]).analyze()).violations
      : await runAxeInPage(page);
  const report = violations.map(describeViolation).join('\n');
  expect(violations.length, `axe found violations on ${where}:\n${report}`).toBe(0);
}

async function runAxeInPage(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(
    async (tags) => {
      const { axe: inPage } = window as unknown as { axe: typeof axe };
      const results = await inPage.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations;
    },
    [...WCAG_TAGS],
  );
}
