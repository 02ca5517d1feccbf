import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pathAnswers } from '../unit/flow/answer-paths';
import { renderApp } from '../support/render-app';
import { answerPage, headingOf } from './model/drive-ui';

const ownParent = Object.getOwnPropertyDescriptor(window, 'parent');

afterEach(() => {
  if (ownParent) Object.defineProperty(window, 'parent', ownParent);
  vi.restoreAllMocks();
});

describe('browser history', () => {
  it('in a frame, a new page replaces the history entry: the embedding page cannot count pages by history.length', async () => {
    // Framed: window.parent is another window.
    Object.defineProperty(window, 'parent', { configurable: true, get: () => ({ postMessage: () => undefined }) });
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const push = vi.spyOn(window.history, 'pushState');
    const length = window.history.length;
    const user = userEvent.setup({ delay: null, skipHover: true });
    renderApp();

    await user.click(screen.getByRole('link', { name: 'Start now' }));
    const [area, concerns] = pathAnswers();
    if (!area || !concerns) throw new Error('no path');
    await answerPage(user, area);
    await answerPage(user, concerns);
    expect(await screen.findByRole('heading', { level: 1, name: headingOf('calf-feel') })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/calf-feel');
    expect(push).not.toHaveBeenCalled();
    expect(window.history.length).toBe(length);

    // The Back link still goes back a page (the machine's Back).
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: headingOf('concerns') })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/concerns');
    expect(push).not.toHaveBeenCalled();
  });

  it('not in a frame, each new page is a history entry', async () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const push = vi.spyOn(window.history, 'pushState');
    const user = userEvent.setup({ delay: null, skipHover: true });
    renderApp();
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    const [area] = pathAnswers();
    if (!area) throw new Error('no path');
    await answerPage(user, area);
    expect(await screen.findByRole('heading', { level: 1, name: headingOf('concerns') })).toBeInTheDocument();
    expect(push.mock.calls.map((call) => call[2])).toEqual(['#/area', '#/concerns']);
  });
});
