import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/embed/settings-schema';
import { renderApp } from '../support/render-app';
import { findPage, findPageWithFocus } from '../support/pages';

// A clinic that introduces the questionnaire on its own page sets intro=false.
const NO_START_PAGE = { ...DEFAULT_SETTINGS, showIntro: false };
const FIRST_HEADING = 'Which part of your legs are you thinking about?';
const SECOND_HEADING = 'What bothers you about them?';

async function answerFirstPage(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('radio', { name: 'My ankles' }));
  await user.click(screen.getByRole('radio', { name: 'Both legs' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await findPageWithFocus(SECOND_HEADING);
}

async function startAgain(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Start again' }));
  const confirm = await screen.findByRole('region', { name: /clear your answers|start again/i });
  await user.click(within(confirm).getByRole('button', { name: 'Yes, clear my answers' }));
  // A new run: a fresh first question, whose heading takes focus.
  await findPageWithFocus(FIRST_HEADING);
}

describe('with the start page turned off', () => {
  it('opens on the first question, with no Back link (there is no page before it)', () => {
    renderApp({ settings: NO_START_PAGE });
    expect(screen.getByRole('heading', { level: 1, name: FIRST_HEADING })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
  });

  it('has a Back link from the second question, to the first', async () => {
    const user = userEvent.setup();
    renderApp({ settings: NO_START_PAGE });
    await answerFirstPage(user);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await findPageWithFocus(FIRST_HEADING);
    expect(screen.getByRole('radio', { name: 'My ankles' })).toBeChecked();
  });

  it('starts again on the first question with nothing chosen, not on the start page', async () => {
    const user = userEvent.setup();
    renderApp({ settings: NO_START_PAGE });
    await answerFirstPage(user);
    await startAgain(user);
    expect(screen.getByRole('heading', { level: 1, name: FIRST_HEADING })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'My ankles' })).not.toBeChecked();
    expect(screen.queryByRole('link', { name: 'Start now' })).not.toBeInTheDocument();
    // Nothing answered, nothing kept in the tab.
    await waitFor(() => expect(window.sessionStorage.length).toBe(0));
  });

  it('starting again from the first question itself clears what was ticked there and moves focus to its heading', async () => {
    const user = userEvent.setup();
    renderApp({ settings: NO_START_PAGE });
    await user.click(screen.getByRole('radio', { name: 'My ankles' }));
    await startAgain(user);
    expect(screen.getByRole('heading', { level: 1, name: FIRST_HEADING })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'My ankles' })).not.toBeChecked();
    // The confirmation is gone, and "Start again" is there for next time.
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
  });

  it('shows the first question for a history entry or link to the start page', async () => {
    const user = userEvent.setup();
    renderApp({ settings: NO_START_PAGE });
    await answerFirstPage(user);
    window.history.pushState(null, '', '/#/intro');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await findPage(FIRST_HEADING);
    expect(window.location.hash).toBe('#/area');
  });
});
