import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render-app';
import { placeOf } from '../../../src/flow/questionnaire-machine';
import { hashOf } from '../../../src/flow/place-url';
import { activeAnswers } from '../../../src/flow/route';
import { ownQuestions } from '../../../src/answers/own-questions';
import { loadSession } from '../../../src/persistence/session-store';
import { summaryLayout, summaryPoints } from '../../../rules/summary-points';
import {
  coverageOf,
  coverageTarget,
  generatePaths,
  selectForReplay,
  type QuestionnaireEvent,
  type SelectedPath,
} from '../../unit/model/questionnaire-model';
import { headingOf, perform } from './drive-ui';

const selected = selectForReplay(generatePaths());

/**
 * The time a path may take: its events, each 20 to 40 ms in jsdom on an idle machine (a render,
 * user-event's clicks, the heading and URL checks) and near 300 ms on a 2-core machine running
 * other test suites, allowed 500 ms each, plus 5 s for the first render and the first import of
 * the end pages' chunk; a saved file more (see below). Nothing in the test waits on time: this only says when a path is too
 * slow to be working at all.
 */
function timeoutFor(events: readonly QuestionnaireEvent[]): number {
  // A saved file is built, uploaded and read (with the file chunk's import): allowed 2 s.
  return 5_000 + events.reduce((total, event) => total + (event.type === 'LOAD' ? 2_000 : 500), 0);
}

// The app fetches the file chunk when a file is chosen; loaded here, its first transform (the
// FHIR mapping and the rules) is not charged to whichever path happens to load a file first.
beforeAll(() => import('../../../src/pages/saved-file-io'), 60_000);

/** Route-deciding answers spelled out, other pages as a dot, so paths with the same shape can be told apart. */
function describeEvent(event: QuestionnaireEvent): string {
  if (event.type === 'GO') return `GO ${event.place}`;
  if (event.type === 'CHANGE') return `CHANGE ${event.step}`;
  if (event.type !== 'SUBMIT') return event.type;
  const { answer } = event;
  if (answer.step === 'area') return `area=${answer.values.area}`;
  if (answer.step === 'technique') return `technique=${answer.values.technique}`;
  if (answer.step === 'conditions') return `conditions=${answer.values.conditions.join('+')}`;
  if (answer.step === 'surgeon') return `surgeon=${answer.values.status}`;
  return '·';
}

function describePath({ events, result }: SelectedPath): string {
  return `${events.length} events to ${placeOf(result.final)}: ${events.map(describeEvent).join(' ')}`;
}

/** The page's one h1, once it shows this heading. `hidden: true` skips the costly visibility check; jsdom loads no styles. */
async function findHeading(text: string): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, name: text, hidden: true });
}

beforeEach(() => {
  // jsdom does not scroll; the app scrolls to the top on every page change.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('replaying model paths through the UI', () => {
  it('replays a set that covers every place, state, flow-table move and machine transition', () => {
    const covered = new Set(selected.flatMap(({ result }) => [...coverageOf(result)]));
    expect(coverageTarget().filter((item) => !covered.has(item))).toEqual([]);
  });

  /*
   * Each path runs in the app as a person would, with real browser history: the in-page Back link
   * sends the machine's BACK, whatever history holds, so the UI follows the model; after each
   * event the page shows the model's place and so does the URL (the history mirror has caught up,
   * including a step back of its own, before the next event).
   */
  for (const path of selected) {
    const { events, result } = path;
    it(
      describePath(path),
      async () => {
        const user = userEvent.setup({ delay: null, skipHover: true });
        renderApp();
        await findHeading(headingOf('intro'));

        for (const [index, event] of events.entries()) {
          const before = result.places[index];
          const after = result.places[index + 1];
          if (!before || !after) throw new Error('The replay is shorter than its events');
          await perform(user, event, before.place);

          // The end pages are their own chunk: the first visit waits for it.
          await findHeading(headingOf(after.place));
          const where = `after ${event.type} #${index + 1} from ${before.place}`;
          await waitFor(() => expect(window.location.hash, where).toBe(hashOf(after.place)));
        }

        // What the UI saved is what the machine holds after the same events: the clicks gave the model's answers.
        const answers = result.final.context.answers;
        const saved = loadSession();
        if (saved.status === 'restored') {
          expect(saved.session.place).toBe(placeOf(result.final));
          expect(saved.session.answers).toEqual(answers);
        } else {
          // Only a fresh start (the intro with no answers) leaves nothing saved.
          expect(saved.status).toBe('empty');
          expect(answers).toEqual({});
        }

        if (placeOf(result.final) === 'summary') {
          // The summary lists exactly the points the rules give for the answers on the route, in its
          // parts' order: the most important first, then the rest of the personal ones, the checklist.
          const listed = [...document.querySelectorAll('li.point:not(.point--own)')].map((item) =>
            item.id.replace(/^point-/, ''),
          );
          const layout = summaryLayout(summaryPoints(activeAnswers(answers)));
          const expected = [...layout.mostImportant, ...layout.more, ...layout.questions, ...layout.beforeYouDecide];
          expect(listed).toEqual(expected.map((point) => point.id));
          // The person's own questions lead the questions for the surgeon, as they typed them.
          const questions = screen.getByRole('region', { name: 'Questions for your surgeon' });
          const first = within(questions)
            .getAllByRole('listitem')
            .slice(0, ownQuestions(activeAnswers(answers)).length)
            .map((item) => item.querySelector('.point__action')?.textContent);
          expect(first).toEqual(ownQuestions(activeAnswers(answers)).map((question) => `Your question: ${question}`));
        }
      },
      timeoutFor(events),
    );
  }
});
