// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadChunkedPages } from '../../support/pages';
import { renderApp } from '../../support/render-app';
import { hashOf, placeFromHash } from '../../../src/flow/place-url';
import { reachablePlace } from '../../../src/flow/route';
import { headingOf } from '../../component/model/drive-ui';
import { completeAnswers, KNOWN_PLACES, place, someAnswers } from './answer-arbitraries';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Fragments a person or a link might produce: known places, near misses, and arbitrary text. */
const wellFormedHash = fc.oneof(
  place.map(hashOf),
  place.map((known) => `#/${encodeURIComponent(known)}`),
  place.map((known) => `#${known}`),
  place.map((known) => `#/${known.toUpperCase()}`),
  place.map((known) => `#/${known}/`),
  fc.string().map((text) => `#/${encodeURIComponent(text)}`),
  fc.string().map(encodeURIComponent),
);

/** Any text at all, with plenty of `%`, `#` and `/` so escapes and prefixes come up often. */
const anyHash = fc.oneof(
  fc.string(),
  fc.string().map((text) => `#/${text}`),
  fc.string({ unit: fc.constantFrom('%', '#', '/', 'E', '0', 'a', 'r', 'e', '-') }),
);

describe('reading a place from the URL fragment', () => {
  it('finds every known place in its own fragment', () => {
    for (const known of KNOWN_PLACES) expect(placeFromHash(hashOf(known))).toBe(known);
  });

  it('returns only known places, or nothing, for well-formed fragments', () => {
    fc.assert(
      fc.property(wellFormedHash, (hash) => {
        const found = placeFromHash(hash);
        if (found !== undefined) expect(KNOWN_PLACES).toContain(found);
      }),
      { numRuns: 500 },
    );
  });

  // A malformed escape such as `#/%` or `#/%E0%A4%A` once threw before the first render.
  it('never throws, whatever the fragment, including a malformed escape like "#/%"', () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        const found = placeFromHash(hash);
        if (found !== undefined) expect(KNOWN_PLACES).toContain(found);
      }),
      { numRuns: 500, examples: [['#/%']] },
    );
  });
});

describe('opening the app at a random place with random saved answers', () => {
  // Runs that land on the start page, check-answers or the summary then render at once, within waitFor's second.
  beforeAll(loadChunkedPages);

  it('always renders one page heading: the place asked for if the answers reach it, else the furthest they do', async () => {
    // jsdom does not scroll; the app scrolls to the top on every page change.
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    await fc.assert(
      fc.asyncProperty(fc.oneof(someAnswers, completeAnswers), place, async (answers, requested) => {
        try {
          renderApp({ initialAnswers: answers, initialPlace: requested });
          const landed = reachablePlace(requested, answers);
          const state = landed === 'check-answers' ? 'checkAnswers' : landed;
          // The end pages are their own chunk: wait past the "Loading" heading for them.
          await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(headingOf(state)));
        } finally {
          // Several renders share one test, so each run cleans up what tests/setup.ts cleans after a test.
          cleanup();
          window.history.replaceState(null, '', '/');
          window.sessionStorage.clear();
        }
      }),
      { numRuns: 15 },
    );
  });
});
