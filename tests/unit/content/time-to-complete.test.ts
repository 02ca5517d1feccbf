import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { STEP_IDS } from '../../../src/answers/step-ids';
import { timeToComplete, wordCount } from '../../../src/content/time-to-complete';
import { flowTable, type Destination } from '../../../src/flow/flow-table';
import { possibleRoutes } from '../../../src/flow/possible-routes';
import { catalogEn } from '../../../src/i18n/en/catalog-en';
import { catalogEs } from '../../../src/i18n/es/catalog-es';
import { localised } from '../../../src/i18n/localised';
import { optionColumns } from '../../../rules/option-grid';
import { summaryCatalogEn } from '../../../src/i18n/en/summary-catalog-en';
import { summaryCatalogEs } from '../../../src/i18n/es/summary-catalog-es';

const routes = possibleRoutes();
const OPTION_GRID = {
  en: { texts: summaryCatalogEn.optionGrid, columnsFor: optionColumns },
  es: { texts: summaryCatalogEs.optionGrid, columnsFor: optionColumns },
};

describe('possibleRoutes', () => {
  const leaving = (step: string) =>
    new Set(
      routes.flatMap(({ steps }) =>
        steps.flatMap((at, index) => (at === step ? [steps[index + 1] ?? 'check-answers'] : [])),
      ),
    );

  it('passes every page', () => {
    expect(new Set(routes.flatMap(({ steps }) => steps))).toEqual(new Set(STEP_IDS));
  });

  it('opens every guarded page, and leaves each page that has a choice of next page in more than one way', () => {
    // A guard reading a field the search does not vary would open its page always or never.
    for (const step of STEP_IDS) {
      const transitions: readonly { guard?: string; target: Destination }[] = flowTable[step];
      if (transitions.length < 2) continue;
      const taken = leaving(step);
      expect(taken.size, step).toBeGreaterThan(1);
      for (const { guard, target } of transitions) if (guard) expect(taken, `${step} → ${target}`).toContain(target);
    }
  });

  it('leads along each route with answers the pages accept', () => {
    for (const { steps, answers } of routes) {
      for (const step of steps) expect(stepSchemas[step].safeParse(answers[step]).success, step).toBe(true);
    }
  });

  it('finds each route once', () => {
    const keys = routes.map(({ steps }) => steps.join(' '));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('wordCount', () => {
  it('counts words, not dashes or spaces', () => {
    expect(wordCount('Part 1 of 7 – Your legs', undefined, '  ')).toBe(6);
  });
});

describe.each([
  ['English', 'en', catalogEn],
  ['Spanish', 'es', catalogEs],
] as const)('the time the start page states in %s', (_language, locale, messages) => {
  const { shortest, longest } = timeToComplete(routes, localised(locale, messages), OPTION_GRID[locale]);
  const pageCounts = routes.map(({ steps }) => steps.length);

  it('is timed on the route with fewest pages and on the route with most', () => {
    expect(shortest.pages).toBe(Math.min(...pageCounts));
    expect(longest.pages).toBe(Math.max(...pageCounts));
    expect(shortest.seconds).toBeLessThan(longest.seconds);
  });

  it('gives a range that holds the quickest and the slowest estimate', () => {
    const stated = messages.ui.intro.duration.match(/\d+/g)?.map(Number) ?? [];
    expect(stated).toHaveLength(2);
    const [lower = Number.NaN, upper = Number.NaN] = stated;
    expect(lower).toBeLessThanOrEqual(shortest.seconds / 60);
    expect(upper).toBeGreaterThanOrEqual(longest.seconds / 60);
    // A range wide enough to hold anything tells a person nothing.
    expect(upper - lower).toBeLessThanOrEqual(8);
  });
});
