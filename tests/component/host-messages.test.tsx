import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostMessenger } from '../../src/embed/host-messenger';
import { DEFAULT_SETTINGS } from '../../src/embed/settings-schema';
import { answersBefore, answersOf, pathAnswers, type RouteChoices } from '../unit/flow/answer-paths';
import { renderApp } from '../support/render-app';
import { answerPage, headingOf } from './model/drive-ui';

/** A messenger as the app gets it in a clinic's frame, recording what it would post. */
function recordingMessenger() {
  const sent: { type: string; payload: unknown }[] = [];
  const messenger: HostMessenger = {
    enabled: true,
    post: (type, payload) => {
      sent.push({ type, payload });
    },
  };
  return { messenger, sent };
}

/** What every patient's host hears from the start page to the summary (protocol version 3, as in 2). */
const FORWARD_WALK = [
  { type: 'ready', payload: {} },
  { type: 'started', payload: {} },
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((part) => ({ type: 'progress', payload: { part, of: 8 } })),
  { type: 'completed', payload: {} },
];

async function walkToSummary(user: UserEvent, choices: Partial<RouteChoices>) {
  await user.click(screen.getByRole('link', { name: 'Start now' }));
  for (const answer of pathAnswers(choices)) {
    expect(await screen.findByRole('heading', { level: 1, name: headingOf(answer.step) })).toBeInTheDocument();
    await answerPage(user, answer);
  }
  // The end pages are their own chunk: the first visit may wait for it.
  expect(await screen.findByRole('heading', { level: 1, name: headingOf('checkAnswers') })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'See my list of points' }));
  expect(await screen.findByRole('heading', { level: 1, name: headingOf('summary') })).toBeInTheDocument();
}

beforeEach(() => {
  // jsdom does not scroll; the app scrolls to the top on every page change.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  // The Back link follows browser history when there is a questionnaire entry (not in a frame);
  // here each page replaces its entry, so Back is the machine's, as in a clinic's frame.
  vi.spyOn(window.history, 'pushState').mockImplementation((_state, _unused, url) =>
    window.history.replaceState({ questionnaireDepth: 0 }, '', url),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('what the embedding page hears', () => {
  // The shortest route and three that open follow-up pages (calf and ankle, an energy device, diabetes, a surgeon).
  it.each<[string, Partial<RouteChoices>]>([
    ['calves, traditional, no diabetes, no surgeon yet', {}],
    [
      'both areas, laser, diabetes, a surgeon chosen',
      { area: 'both', technique: 'laser', conditions: ['diabetes'], surgeon: 'chosen' },
    ],
    [
      'ankles, another energy device, diabetes and kidney, comparing',
      { area: 'ankles', technique: 'other-energy', conditions: ['diabetes', 'kidney'], surgeon: 'comparing' },
    ],
    [
      'ankles, unsure of the technique, heart, a surgeon chosen',
      { area: 'ankles', technique: 'unsure', conditions: ['heart'], surgeon: 'chosen' },
    ],
  ])('is the same on every route: %s', { timeout: 30_000 }, async (_route, choices) => {
    const user = userEvent.setup({ delay: null, skipHover: true });
    const { messenger, sent } = recordingMessenger();
    renderApp({ messenger });
    await walkToSummary(user, choices);
    await waitFor(() => expect(sent.at(-1)?.type).toBe('completed'));
    expect(JSON.stringify(sent)).toBe(JSON.stringify(FORWARD_WALK));
  });

  it('nothing while an urgent symptom is ticked and unticked, before Continue', async () => {
    const user = userEvent.setup({ delay: null, skipHover: true });
    const { messenger, sent } = recordingMessenger();
    const path = pathAnswers();
    renderApp({ messenger, initialAnswers: answersBefore('urgent-symptoms', path), initialPlace: 'urgent-symptoms' });
    await waitFor(() => expect(sent.map((message) => message.type)).toEqual(['ready', 'progress']));
    const group = screen.getByRole('group', { name: /Do you have any of these right now/ });
    await user.click(within(group).getByLabelText('Sudden shortness of breath or chest pain'));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.click(within(group).getByLabelText('One leg has newly swollen and is painful, warm or red'));
    await user.click(within(group).getByLabelText('Sudden shortness of breath or chest pain'));
    expect(sent).toHaveLength(2);
    // Continue stops on the get-help page, then moves within the same part (look-alike
    // conditions): still nothing, so the clinic's page cannot tell that the page was shown.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Get medical help today' })).toBeInTheDocument();
    expect(sent).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: /continue preparing/ }));
    expect(await screen.findByRole('heading', { level: 1, name: headingOf('fat-pattern') })).toBeInTheDocument();
    expect(sent).toHaveLength(2);
  });

  it('with no start page: ready, started and the first part as the first question opens', async () => {
    const { messenger, sent } = recordingMessenger();
    renderApp({ messenger, settings: { ...DEFAULT_SETTINGS, showIntro: false } });
    await waitFor(() => expect(sent).toHaveLength(3));
    expect(sent).toEqual(FORWARD_WALK.slice(0, 3));
  });

  it('resumed part-way (a reload): no second "started", and the part it opens in', async () => {
    const { messenger, sent } = recordingMessenger();
    const path = pathAnswers({ conditions: ['diabetes'] });
    renderApp({ messenger, initialAnswers: answersBefore('diabetes-control', path), initialPlace: 'diabetes-control' });
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { type: 'ready', payload: {} },
      { type: 'progress', payload: { part: 5, of: 8 } },
    ]);
  });

  it('Back across a part says which part; check-answers and Back within a part say nothing', async () => {
    const user = userEvent.setup({ delay: null, skipHover: true });
    const { messenger, sent } = recordingMessenger();
    const path = pathAnswers();
    renderApp({ messenger, initialAnswers: answersBefore('technique', path), initialPlace: 'technique' });
    await waitFor(() => expect(sent).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: headingOf('veins') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: headingOf('swelling') })).toBeInTheDocument();
    expect(sent.slice(2)).toEqual([{ type: 'progress', payload: { part: 2, of: 8 } }]);
  });

  it('the summary again, after going back to the answers, says "completed" again and nothing more', async () => {
    const user = userEvent.setup({ delay: null, skipHover: true });
    const { messenger, sent } = recordingMessenger();
    renderApp({ messenger, initialAnswers: answersOf(pathAnswers()), initialPlace: 'summary' });
    await waitFor(() => expect(sent.map((message) => message.type)).toEqual(['ready', 'completed']));
    await user.click(screen.getByRole('button', { name: 'Back to your answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: headingOf('checkAnswers') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See my list of points' }));
    await waitFor(() => expect(sent.map((message) => message.type)).toEqual(['ready', 'completed', 'completed']));
  });
});
