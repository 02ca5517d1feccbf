import { expect, test } from '@playwright/test';
import { CHECK_ANSWERS_HEADING, HEADINGS, journey, SUMMARY_HEADING } from './support/journeys';
import { expectNoHorizontalScroll, setTextSize } from './support/layout';
import { EVERY_PAGE, LIPEDEMA_SIGNS } from './support/people';
import { expectPoints, urgentNotice } from './support/summary';
import { goToSummary, startQuestionnaire, walkJourney } from './support/walk';

test.describe.configure({ mode: 'parallel' });

/**
 * Question pages plus the start page, the get-help page (the longest route ticks an urgent
 * symptom), check-answers and the summary.
 */
const PAGES_ON_THE_LONGEST_ROUTE = Object.keys(HEADINGS).length + 4;

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('every page of a route through all the follow-ups fits without sideways scrolling, and passes axe', async ({
    page,
  }) => {
    const visited: string[] = [];
    // axe on every page here: the one English walk through every follow-up page and the get-help page.
    await goToSummary(page, journey(EVERY_PAGE), {
      check: async (current, { heading }) => {
        visited.push(heading);
        await expectNoHorizontalScroll(current, `"${heading}" at 320 px`);
      },
    });
    expect(visited).toHaveLength(PAGES_ON_THE_LONGEST_ROUTE);
    await expect(urgentNotice(page)).toBeVisible();
    await expectPoints(page, ['ask-energy-device-evidence', 'ask-which-board', 'ask-office-facility', 'legs-differ']);
  });
});

test.describe('with text at 200%', () => {
  test('the height and weight page, check-answers and the summary fit without sideways scrolling', async ({ page }) => {
    const visits = journey(LIPEDEMA_SIGNS);
    await startQuestionnaire(page, { axe: false });
    await setTextSize(page, 200);
    await walkJourney(page, visits, { axe: false, stopAt: 'body-size' });
    await expectNoHorizontalScroll(page, 'the height and weight page at 200% text');
    await walkJourney(page, visits.slice(visits.findIndex((visit) => visit.step === 'body-size')), {
      axe: false,
      check: async (current, { heading }) => {
        if (heading === HEADINGS['body-size']) {
          await expect(current.getByText('Your BMI is')).toBeVisible();
          await expectNoHorizontalScroll(current, 'the filled-in height and weight page at 200% text');
        }
      },
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CHECK_ANSWERS_HEADING);
    await expectNoHorizontalScroll(page, 'check-answers at 200% text');
    await page.getByRole('button', { name: 'See my list of points' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SUMMARY_HEADING);
    await expectNoHorizontalScroll(page, 'the summary at 200% text');
  });

  // Beyond the WCAG minimum (reflow is judged at 320 px with default text), but real for people
  // who set large text on a phone. Soft checks, so one run lists every page that scrolls.
  test.describe('on a 360 px wide phone', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('long words in page headings wrap instead of making the page scroll sideways', async ({ page }) => {
      const visited: string[] = [];
      await goToSummary(page, journey(EVERY_PAGE), {
        axe: false,
        check: async (current, { heading }) => {
          visited.push(heading);
          await setTextSize(current, 200);
          await expectNoHorizontalScroll(current, `"${heading}" at 200% text, 360 px`, { soft: true });
        },
      });
      expect(visited).toHaveLength(PAGES_ON_THE_LONGEST_ROUTE);
    });
  });
});
