import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';
import { findPage, findPageWithFocus } from '../support/pages';

const AREA_HEADING = 'Which part of your legs are you thinking about?';
const START_HEADING = 'Prepare for your calf or ankle liposuction consultation';

describe('"Start now"', () => {
  it('is a link to the first question (so it works before the app has loaded), and the app follows it as a new page', async () => {
    const user = userEvent.setup();
    renderApp();
    const start = screen.getByRole('link', { name: 'Start now' });
    expect(start).toHaveAttribute('href', '#/area');
    const entries = window.history.length;

    await user.click(start);

    await findPageWithFocus(AREA_HEADING);
    expect(window.location.hash).toBe('#/area');
    expect(window.history.length).toBe(entries + 1);
  });

  it('followed before the app loaded: the first question takes focus, and Back returns to the start page', async () => {
    // What the browser has done by itself: the start page as opened, then the link's fragment.
    window.history.replaceState(null, '', '/');
    window.history.pushState(null, '', '/#/area');
    const entries = window.history.length;
    renderApp({ initialPlace: 'area', focusHeadingOnOpen: true });
    await findPageWithFocus(AREA_HEADING);

    window.history.back();

    await findPage(START_HEADING);
    // Back did not add an entry of its own, so Forward still leads to the first question.
    expect(window.history.length).toBe(entries);
    window.history.forward();
    await findPage(AREA_HEADING);
  });

  it('opened straight at a question, without that, focus is left where the browser put it', () => {
    renderApp({ initialPlace: 'area' });
    expect(screen.getByRole('heading', { level: 1, name: AREA_HEADING })).not.toHaveFocus();
  });
});
