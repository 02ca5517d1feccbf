import { expect, test, type Page } from '@playwright/test';
import { expectHeading, fillPage } from './support/answer-page';
import { CHECK_ANSWERS_HEADING, CONTINUE_PREPARING, getHelpHeading, journey, type PageVisit } from './support/journeys';
import { EVERY_PAGE } from './support/people';
import { startQuestionnaire } from './support/walk';

// A double click on Continue must answer only the page it was on. Its second click comes after
// the first has already moved on: at some sizes it lands on the new page's first option or on its
// Continue (at 1280×720 it used to tick the next page's first answer). The app ignores, on a new
// page, clicks that continue an earlier one (src/pages/use-double-click-guard.ts).

/** What a page shows and holds: its text, and every choice and box as it stands. */
interface PageState {
  text: string;
  fields: { name: string; checked: boolean; value: string }[];
}

async function pageState(page: Page): Promise<PageState> {
  return page.locator('main').evaluate((main) => ({
    text: (main as HTMLElement).innerText,
    fields: Array.from(main.querySelectorAll('input, textarea, select'), (field) => {
      const input = field as HTMLInputElement;
      return {
        name: `${input.name}=${input.type === 'radio' || input.type === 'checkbox' ? input.value : ''}`,
        checked: input.checked,
        value: input.value,
      };
    }),
  }));
}

/** The rows of check-answers: each question and the answer shown. */
async function checkAnswersRows(page: Page): Promise<string[][]> {
  return page
    .locator('.summary-list__row')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('dt')?.textContent ?? '',
        (row.querySelector('dd') as HTMLElement | null)?.innerText ?? '',
      ]),
    );
}

interface Walk {
  /** Each page as it was on arrival, before anything was done on it, by heading. */
  arrivals: Map<string, PageState>;
  /** Each question page as it was filled in, just before Continue. */
  filled: Map<string, PageState>;
  checkAnswers: string[][];
}

/** Walks the route, answering each page and pressing Continue with a single or a double click. */
async function walk(page: Page, visits: readonly PageVisit[], press: 'click' | 'dblclick'): Promise<Walk> {
  const arrivals = new Map<string, PageState>();
  const filled = new Map<string, PageState>();
  await startQuestionnaire(page, { axe: false });
  for (const [index, visit] of visits.entries()) {
    await expectHeading(page, visit.heading);
    arrivals.set(visit.heading, await pageState(page));
    await fillPage(page, visit.answers);
    filled.set(visit.heading, await pageState(page));
    const next = visits[index + 1]?.heading ?? CHECK_ANSWERS_HEADING;
    // Both clicks of a double click have been handled by the page once dblclick() returns.
    await page.getByRole('button', { name: 'Continue', exact: true })[press]();
    const getHelp = getHelpHeading(visit);
    if (getHelp) {
      // An urgent symptom: the get-help page first, untouched on arrival by the second click (not
      // its call link, not "continue preparing"), then on with the same kind of click.
      await expectHeading(page, getHelp);
      arrivals.set(getHelp, await pageState(page));
      await page.getByRole('button', { name: CONTINUE_PREPARING })[press]();
    }
    await expectHeading(page, next);
  }
  arrivals.set(CHECK_ANSWERS_HEADING, await pageState(page));
  return { arrivals, filled, checkAnswers: await checkAnswersRows(page) };
}

test.describe.configure({ mode: 'parallel' });

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('double click on Continue on every page: no answer changes', async ({ page, browser }) => {
      const visits = journey(EVERY_PAGE);
      // The same route with single clicks, in a tab of its own, says how each page should look.
      const context = await browser.newContext({ viewport });
      const expected = await walk(await context.newPage(), visits, 'click');
      await context.close();

      const doubled = await walk(page, visits, 'dblclick');

      // Every page, on arrival, is exactly as a single click leaves it: nothing ticked, chosen or
      // typed by the second click, no error, no Start again question opened; and the answers
      // given are the ones kept on each page.
      expect([...doubled.arrivals.keys()]).toEqual([
        ...visits.flatMap((visit) => [visit.heading, getHelpHeading(visit) ?? []].flat()),
        CHECK_ANSWERS_HEADING,
      ]);
      for (const [heading, state] of doubled.arrivals) {
        expect(state, `"${heading}" on arrival after a double click`).toEqual(expected.arrivals.get(heading));
      }
      for (const [heading, state] of doubled.filled) {
        expect(state, `"${heading}" as answered`).toEqual(expected.filled.get(heading));
      }
      // Check-answers shows exactly the answers given.
      expect(doubled.checkAnswers.length).toBeGreaterThan(visits.length);
      expect(doubled.checkAnswers).toEqual(expected.checkAnswers);
      const shown = doubled.checkAnswers.map(([, answer]) => answer).join('\n');
      for (const answer of [
        'Both my calves and my ankles',
        'One leg only',
        'Another energy-based method',
        'Amlodipine 5 mg each morning; levothyroxine 50 micrograms',
      ]) {
        expect(shown).toContain(answer);
      }
    });
  });
}
