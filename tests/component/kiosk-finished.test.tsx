import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/embed/settings-schema';
import { STORAGE_KEY } from '../../src/persistence/session-store';
import { loud } from '../support/answers/loud-answers';
import { findPageWithFocus, loadChunkedPages } from '../support/pages';
import { renderApp } from '../support/render-app';

/* "I've finished: clear my answers" on the summary, in kiosk mode only (decision 0026). */

const SUMMARY = 'Points to raise at your consultation';
const START = 'Prepare for your calf or ankle liposuction consultation';
const FINISHED = "I've finished: clear my answers";

beforeAll(async () => {
  await Promise.all([loadChunkedPages(), import('../../src/kiosk/kiosk-chunk')]);
});

afterEach(() => {
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

async function openSummary(kiosk: boolean) {
  const user = userEvent.setup();
  renderApp({ initialAnswers: loud(), initialPlace: 'summary', settings: { ...DEFAULT_SETTINGS, kiosk } });
  await screen.findByRole('heading', { level: 1, name: SUMMARY });
  return user;
}

describe('"I\'ve finished: clear my answers" on the summary', () => {
  it('asks first, and No keeps everything and gives focus back to the button', async () => {
    const user = await openSummary(true);
    await user.click(await screen.findByRole('button', { name: FINISHED }));
    const confirm = screen.getByRole('region', { name: 'Clear your answers now?' });
    expect(within(confirm).getByRole('heading', { name: 'Clear your answers now?' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'No, go back' }));
    expect(screen.getByRole('button', { name: FINISHED })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: SUMMARY })).toBeInTheDocument();
  });

  it('clears the answers, the summary choices and this tab’s storage once confirmed, and shows the start page', async () => {
    const user = await openSummary(true);
    // A print choice made on the summary: it must not survive for the next person.
    const choice = screen.getAllByRole('checkbox')[0];
    if (!choice) throw new Error('the summary has no print choices');
    await user.click(choice);
    window.sessionStorage.setItem(`${STORAGE_KEY}:https://other.example:`, '{"version":1}');
    expect(window.sessionStorage.getItem(STORAGE_KEY)).toContain('"details"');

    await user.click(await screen.findByRole('button', { name: FINISHED }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    await findPageWithFocus(START);
    expect(window.sessionStorage.length).toBe(0);
    expect(window.location.hash).toBe('#/intro');
    // Start now leads to a blank first question.
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await findPageWithFocus('Which part of your legs are you thinking about?');
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
  });

  it('gives the next person the clinic’s or the browser’s language, not the one the last person chose', async () => {
    const user = await openSummary(true);
    await user.click(screen.getByRole('button', { name: 'Español' }));
    await screen.findByRole('heading', { level: 1, name: 'Puntos para hablar en su consulta' });
    await user.click(await screen.findByRole('button', { name: 'He terminado: borrar mis respuestas' }));
    await user.click(screen.getByRole('button', { name: 'Sí, borrar mis respuestas' }));
    await findPageWithFocus(START);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('is not offered without the kiosk setting', async () => {
    await openSummary(false);
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: FINISHED })).toBeNull();
  });
});
