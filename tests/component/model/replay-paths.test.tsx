import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render-app';
import { placeOfState } from '../../../src/flow/questionnaire-machine';
import { activeAnswers } from '../../../src/flow/route';
import { loadSession } from '../../../src/persistence/session-store';
import { evaluate } from '../../../rules/evaluate';
import {
  coverageOf,
  coverageTarget,
  eventsOf,
  generatePaths,
  replay,
  routeKey,
  selectForReplay,
  stateOf,
  type QuestionnaireEvent,
  type SelectedPath,
} from '../../unit/model/questionnaire-model';
import { headingOf, pageHeading, perform } from './drive-ui';

/**
 * How many events the UI replay may spend. Each cost roughly 20–30 ms in jsdom with Preact, and
 * about a third more with React's development build, so this keeps the file near half a minute.
 * It is enough for the covering paths plus one path along every route to the summary (a test
 * below checks that); selectForReplay drops routes past the budget.
 */
const EVENT_BUDGET = 840;

/**
 * A path replays up to 36 pages, which on a busy machine takes longer than Vitest's default 5 s
 * (100 ms or more per page at a load average of 10 on 2 cores). This limit only stops a hang.
 */
const PATH_TIMEOUT_MS = 60_000;

const generated = generatePaths();
const selected = selectForReplay(generated, EVENT_BUDGET);

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
  return `${events.length} events to ${stateOf(result.final)}: ${events.map(describeEvent).join(' ')}`;
}

beforeEach(() => {
  // jsdom does not scroll; the app scrolls to the top on every page change.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  /*
   * The Back link goes back in browser history when the tab has questionnaire entries, and uses
   * the machine's Back otherwise. The two differ by design after a Change or a jump (history
   * returns to the page last seen, the machine to the page before on the route), and the model is
   * the machine, so each new page replaces the history entry instead of adding one. Browser
   * history itself is covered by the end-to-end tests.
   */
  vi.spyOn(window.history, 'pushState').mockImplementation((_state, _unused, url) =>
    window.history.replaceState({ questionnaireDepth: 0 }, '', url),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('replaying model paths through the UI', () => {
  it('replays a set that covers every state and flow-table transition', () => {
    const covered = new Set(selected.flatMap(({ result }) => [...coverageOf(result)]));
    expect(coverageTarget().filter((item) => !covered.has(item))).toEqual([]);
  });

  it('replays every route to the summary within the budget', () => {
    const allRoutes = new Set(generated.simpleToSummary.map((path) => routeKey(replay(eventsOf(path)))));
    const replayed = new Set(selected.filter(({ result }) => stateOf(result.final) === 'summary').map(({ result }) => routeKey(result)));
    expect(replayed).toEqual(allRoutes);
  });

  it.each(selected.map((path) => [describePath(path), path] as const))('%s', async (_name, { events, result }) => {
    const user = userEvent.setup({ delay: null, skipHover: true });
    renderApp();
    expect(pageHeading().textContent).toBe(headingOf('intro'));

    for (const [index, event] of events.entries()) {
      const before = result.states[index];
      const after = result.states[index + 1];
      if (!before || !after) throw new Error('The replay is shorter than its events');
      await perform(user, event, before);

      const where = `after ${event.type} #${index + 1} from ${before}`;
      // The end pages are their own chunk: the first visit waits for it.
      await waitFor(() => expect(pageHeading().textContent, where).toBe(headingOf(after)));
    }

    // What the UI saved is what the machine holds after the same events: the clicks gave the model's answers.
    const answers = result.final.context.answers;
    const saved = loadSession();
    if (saved.status === 'restored') {
      expect(saved.session.place).toBe(placeOfState(stateOf(result.final)));
      expect(saved.session.answers).toEqual(answers);
    } else {
      // Only a fresh start (the intro with no answers) leaves nothing saved.
      expect(saved.status).toBe('empty');
      expect(answers).toEqual({});
    }

    if (stateOf(result.final) === 'summary') {
      // The summary lists exactly the points the rules give for the answers on the route.
      const listed = [...document.querySelectorAll('li.point')].map((item) => item.id.replace(/^point-/, ''));
      const expected = evaluate(activeAnswers(answers)).filter((point) => point.section !== 'urgent');
      expect(listed).toEqual(expected.map((point) => point.id));
    }
  }, PATH_TIMEOUT_MS);
});
