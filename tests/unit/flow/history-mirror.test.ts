// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHistoryMirror, type HistoryMirror } from '../../../src/flow/use-browser-history';
import type { Place } from '../../../src/flow/route';

/*
 * The mirror against jsdom's real session history. jsdom traverses history (back, forward) in a
 * later task and then fires popstate, as browsers do; the tests wait for that event, never for time.
 */

let mirror: HistoryMirror;
/** What the machine would answer to GO: by default it lands where asked. */
let go: (place: Place) => Place;
const asked: Place[] = [];

function onPopState() {
  mirror.follow((place) => {
    asked.push(place);
    return go(place);
  });
}

/** Resolves after the next popstate, once the mirror (listening first) has handled it. */
function popState(): Promise<void> {
  return new Promise((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  mirror = createHistoryMirror();
  go = (place) => place;
  asked.length = 0;
  window.addEventListener('popstate', onPopState);
});

afterEach(() => {
  window.removeEventListener('popstate', onPopState);
  vi.restoreAllMocks();
});

describe('the history mirror', () => {
  it('describes the entry the page opened with instead of adding one', () => {
    const entries = window.history.length;
    mirror.show('concerns');
    expect(window.location.hash).toBe('#/concerns');
    expect(window.history.length).toBe(entries);
  });

  it('adds an entry for each new place, which the browser Back then returns from', async () => {
    mirror.show('area');
    const entries = window.history.length;
    mirror.show('concerns');
    mirror.show('calf-feel');
    expect(window.location.hash).toBe('#/calf-feel');
    expect(window.history.length).toBe(entries + 2);

    const arrived = popState();
    window.history.back();
    await arrived;
    expect(asked).toEqual(['concerns']);
    expect(window.location.hash).toBe('#/concerns');
  });

  it('steps back, rather than adding an entry, when the machine goes to the place of the entry before', async () => {
    mirror.show('area');
    mirror.show('concerns');
    mirror.show('calf-feel');
    const entries = window.history.length;

    const arrived = popState();
    mirror.show('concerns'); // the in-page Back link: the machine's BACK
    await arrived;
    expect(window.location.hash).toBe('#/concerns');
    // Its own step back is not a request to the machine, and no entry was added: Forward still
    // leads to the page the person came back from.
    expect(asked).toEqual([]);
    expect(window.history.length).toBe(entries);

    const forward = popState();
    window.history.forward();
    await forward;
    expect(asked).toEqual(['calf-feel']);
  });

  it('catches up after its step back when the machine has moved again meanwhile', async () => {
    mirror.show('area');
    mirror.show('concerns');
    mirror.show('calf-feel');

    const first = popState();
    mirror.show('concerns'); // Back, pressed twice before the browser has stepped back once
    mirror.show('area');
    await first;
    const second = popState();
    await second;
    expect(window.location.hash).toBe('#/area');
    expect(asked).toEqual([]);
  });

  it('in a frame never steps back nor adds an entry (the clinic page could count them): it replaces the current one', () => {
    vi.spyOn(window, 'parent', 'get').mockReturnValue({} as Window);
    const entries = window.history.length;
    mirror.show('area');
    mirror.show('concerns');
    expect(window.location.hash).toBe('#/concerns');
    mirror.show('area');
    expect(window.location.hash).toBe('#/area');
    expect(window.history.length).toBe(entries);
  });

  it('corrects an entry the answers no longer reach to the place landed on, without a new entry', async () => {
    mirror.show('area');
    mirror.show('concerns');
    mirror.show('calf-feel');
    const entries = window.history.length;
    go = () => 'area';

    const arrived = popState();
    window.history.back();
    await arrived;
    expect(asked).toEqual(['concerns']);
    expect(window.location.hash).toBe('#/area');
    expect(window.history.length).toBe(entries);
  });

  it('reads the fragment-less entry the page was first opened with as the start page', async () => {
    // The browser's own entries: the page as opened, then "Start now" followed before the app loaded.
    window.history.pushState(null, '', '/#/area');
    mirror.show('area');
    const arrived = popState();
    window.history.back();
    await arrived;
    expect(asked).toEqual(['intro']);
    // The entry is described now, so later moves know where they are.
    expect(window.location.hash).toBe('#/intro');
  });
});

describe('the history mirror after forget (kiosk mode clears everything)', () => {
  it('makes every earlier entry, Back or Forward, lead to the start, and corrects the entry to show it', async () => {
    mirror.show('intro');
    mirror.show('area');
    mirror.show('concerns');
    mirror.show('calf-feel');
    // A step back first, so there is a Forward entry too.
    const stepped = popState();
    mirror.show('concerns');
    await stepped;

    mirror.forget('intro');
    expect(window.location.hash).toBe('#/intro');

    const back = popState();
    window.history.back();
    await back;
    expect(asked).toEqual(['intro']);
    expect(window.location.hash).toBe('#/intro');

    const forward = popState();
    window.history.forward();
    await forward;
    const forwardAgain = popState();
    window.history.forward();
    await forwardAgain;
    expect(asked).toEqual(['intro', 'intro', 'intro']);
    expect(window.location.hash).toBe('#/intro');
  });

  it('keeps entries made after forget working as before', async () => {
    mirror.show('area');
    mirror.show('concerns');
    mirror.forget('intro');
    mirror.show('area');
    mirror.show('concerns');

    const back = popState();
    window.history.back();
    await back;
    expect(asked).toEqual(['area']);
    expect(window.location.hash).toBe('#/area');
  });

  it('changes nothing before any forget: entries from before a reload still lead to their pages', async () => {
    mirror.show('area');
    mirror.show('concerns');
    mirror = createHistoryMirror(); // a reload
    mirror.show('concerns');

    const back = popState();
    window.history.back();
    await back;
    expect(asked).toEqual(['area']);
  });
});
