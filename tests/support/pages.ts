import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { loadStartPage } from '../../src/pages/lazy-start-page';

/**
 * The page whose h1 is `name`, once it is shown. Use it after every action that changes the page
 * (Continue, Back, Change, a language switch, a history entry): the new page arrives after a
 * validation promise, a state update and, for the end pages, a chunk, so `getBy…` right after
 * the action races it.
 */
export function findPage(name: string | RegExp): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, name });
}

/**
 * As `findPage`, then waits for the app to move focus to that heading, as it does on every page
 * change. The heading is looked up again while waiting: a new page (Start again on the first
 * question) replaces the heading element even when its text stays the same.
 */
export async function findPageWithFocus(name: string | RegExp): Promise<HTMLElement> {
  await findPage(name);
  return waitFor(() => {
    const heading = screen.getByRole('heading', { level: 1, name });
    expect(heading).toHaveFocus();
    return heading;
  });
}

/**
 * Loads the code of the start page, the options page, check-answers and the summary, which the app
 * fetches as their own chunks. Call it in `beforeAll` of a file that reaches those pages: the first
 * load of a chunk transforms its modules, which on a loaded machine can take longer than a `findBy…`
 * waits (1 s). Loaded here, the app's own `import()` of them resolves at once, and the hook has its
 * own, longer timeout. (tests/setup.ts loads some of them for component files; unit files that
 * render the app have no such setup, so they need this for every chunk, the start page included.)
 */
export async function loadChunkedPages(): Promise<void> {
  await Promise.all([
    loadStartPage(),
    import('../../src/pages/check-answers-page'),
    import('../../src/pages/summary-page'),
    import('../../src/pages/options-page'),
  ]);
}
