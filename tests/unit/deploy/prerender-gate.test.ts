// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRERENDER_GATE, PRERENDER_GATE_HASH } from '../../../deploy/prerender-gate';
import { contentSecurityPolicy } from '../../../deploy/security-headers';
import { parseSettings } from '../../../src/embed/settings-schema';
import { placeFromHash } from '../../../src/flow/place-url';
import { chooseLocale } from '../../../src/i18n/choose-locale';
import { sessionKey, STORAGE_KEY } from '../../../src/persistence/session-store';
import { PRERENDERED_ATTRIBUTE, PRERENDERED_VIEWS, prerenderedView } from '../../../src/prerender/prerendered-views';

/**
 * Runs the gate as the browser would, at this URL, and says which prerendered page it chose to
 * show (`<html data-view>`), or `hidden` when it hid the document.
 */
function gateChooses(url: string, languages: readonly string[] = ['en-US']): string {
  window.history.replaceState(null, '', url);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue([...languages]);
  new Function(PRERENDER_GATE)();
  const view = document.documentElement.dataset.view;
  const hidden = document.documentElement.style.visibility === 'hidden';
  if (hidden === (view !== undefined)) throw new Error(`The gate both showed ${view} and hid the document, or neither`);
  return view ?? 'hidden';
}

function gateHides(url: string, languages?: readonly string[]): boolean {
  return gateChooses(url, languages) === 'hidden';
}

/** #root as index.html holds it: every prerendered page, only the English start page not hidden. */
function prerenderedRoot(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  for (const view of PRERENDERED_VIEWS) {
    const page = document.createElement('div');
    page.setAttribute(PRERENDERED_ATTRIBUTE, view);
    page.hidden = view !== 'en-intro';
    page.innerHTML = `<main><h1 tabindex="-1">${view}</h1><form><button>Continue</button></form></main>`;
    root.append(page);
  }
  return root;
}

/** The pages left in #root once the parser's additions have reached the gate's observer, and which show. */
async function pagesLeft(): Promise<string[]> {
  await Promise.resolve();
  return [...document.querySelectorAll(`#root > [${PRERENDERED_ATTRIBUTE}]`)].map(
    (page) => `${page.getAttribute(PRERENDERED_ATTRIBUTE)}${(page as HTMLElement).hidden ? ' (hidden)' : ''}`,
  );
}

function resetDocument(): void {
  // The gates run by earlier tests stop watching for pages, as they do once a real page is parsed.
  document.dispatchEvent(new Event('DOMContentLoaded'));
  const html = document.documentElement;
  html.style.removeProperty('visibility');
  delete html.dataset.view;
  html.lang = 'en';
  document.getElementById('root')?.remove();
}

beforeEach(resetDocument);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  resetDocument();
  document.head.replaceChildren();
  window.sessionStorage.clear();
});

const ENTRY = './assets/index-abc123.js';
const CATALOG = './assets/catalog-en-def456.js';
const CATALOG_ES = './assets/catalog-es-0a1b2c.js';

/** A built index.html's head: the entry in a meta the loader reads (vite.config.ts puts it there). */
function withEntryMeta(): void {
  const meta = document.createElement('meta');
  meta.name = 'app-entry';
  meta.content = ENTRY;
  meta.dataset.catalogEn = CATALOG;
  meta.dataset.catalogEs = CATALOG_ES;
  document.head.append(meta);
}

/** What the loader has put into <head>: module scripts and module preloads, by their URL. */
function loaded() {
  const scripts = [...document.head.querySelectorAll('script')].map((script) => ({
    type: script.type,
    src: script.getAttribute('src'),
  }));
  const preloads = [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) =>
    link.getAttribute('href'),
  );
  return { scripts, preloads };
}

/**
 * A browser with paint timing, under the test's control: `paint(name)` delivers a paint entry to
 * the observers, as Chromium does once a frame with that paint has been presented.
 */
function fakePaintTiming() {
  const observers: { callback: PerformanceObserverCallback; observer: PerformanceObserver; connected: boolean }[] = [];
  class FakePerformanceObserver {
    static readonly supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    private readonly record;
    constructor(callback: PerformanceObserverCallback) {
      this.record = { callback, observer: this as unknown as PerformanceObserver, connected: false };
      observers.push(this.record);
    }
    observe(options: PerformanceObserverInit) {
      expect(options).toEqual({ type: 'paint', buffered: true });
      this.record.connected = true;
    }
    disconnect() {
      this.record.connected = false;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakePerformanceObserver);
  return {
    paint(name: 'first-paint' | 'first-contentful-paint') {
      const entries = {
        getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []),
      } as unknown as PerformanceObserverEntryList;
      for (const { callback, observer, connected } of observers) if (connected) callback(entries, observer);
    },
    connected: () => observers.filter((o) => o.connected).length,
  };
}

describe('the prerender gate', () => {
  it.each([
    ['/', 'en-intro'],
    ['/?lang=en', 'en-intro'],
    ['/#/intro', 'en-intro'],
    ['/#', 'en-intro'],
    ['/?accent=%23005ea5', 'en-intro'],
    ['/?intro=true', 'en-intro'],
    ['/#/area', 'en-area'],
    ['/?lang=es', 'es-intro'],
    ['/?lang=es#/area', 'es-area'],
    ['/?intro=false', 'en-area-alone'],
    ['/?intro=no#/area', 'en-area-alone'],
    ['/?lang=es&intro=0', 'es-area-alone'],
  ])('shows the page prerendered for %s: %s', (url, view) => {
    expect(gateChooses(url)).toBe(view);
    expect(document.documentElement.lang).toBe(view.slice(0, 2));
  });

  it.each([
    ['/#/concerns', 'a page no visit can open on unanswered'],
    ['/#/AREA', 'a fragment the app reads its own way'],
    ['/?lang=fr', 'an unknown language, which the app resolves itself'],
    ['/?clinic=Riverside', 'a clinic name in the header'],
    ['/?contact=tel%3A%2B15555550123#/area', 'a contact link in the header'],
  ])('hides them all for %s: %s', (url) => {
    expect(gateHides(url)).toBe(true);
  });

  it("follows the browser's first language of the two, unless the clinic says which", () => {
    expect(gateChooses('/', ['es-MX', 'en-US'])).toBe('es-intro');
    resetDocument();
    expect(gateChooses('/#/area', ['fr-FR', 'es-ES'])).toBe('es-area');
    resetDocument();
    expect(gateChooses('/?lang=en', ['es-MX'])).toBe('en-intro');
    resetDocument();
    expect(gateChooses('/', ['fr-FR', 'en-GB'])).toBe('en-intro');
    resetDocument();
    expect(gateChooses('/', ['fr-FR'])).toBe('en-intro');
  });

  // The gate is ES5 in a string and main.tsx is TypeScript: the app hydrates only the page it would
  // render itself, so the two must choose alike, or the app would throw the shown page away.
  it('chooses the page main.tsx will hydrate, or none where the app opens elsewhere', () => {
    // (An unknown `lang` hides them all, the safe side: the app then decides, tested above.)
    const urls = ['', '?lang=en', '?lang=es', '?intro=false', '?lang=es&intro=no'].flatMap((search) =>
      ['', '#/intro', '#/area', '#/concerns', '#/summary'].map((hash) => `/${search}${hash}`),
    );
    for (const browser of [['en-US'], ['es-419'], ['de-DE']])
      for (const url of urls) {
        resetDocument();
        const chosen = gateChooses(url, browser);
        const { settings } = parseSettings(new URL(url, 'https://app.example').search);
        const expected = prerenderedView({
          locale: chooseLocale({ clinic: settings.language, browser }),
          place: placeFromHash(new URL(url, 'https://app.example').hash) ?? 'intro',
          showIntro: settings.showIntro,
          freshTab: true,
          headerFromClinic: false,
        });
        expect({ url, browser, chosen }).toEqual({ url, browser, chosen: expected ?? 'hidden' });
      }
  });

  it('keeps the chosen page and removes the others as the parser adds them, so no id is there twice', async () => {
    gateChooses('/?lang=es#/area');
    document.body.append(prerenderedRoot());
    expect(await pagesLeft()).toEqual(['es-area']);
  });

  it('keeps the first question hidden beside the start page, for "Start now" before the app comes', async () => {
    gateChooses('/');
    document.body.append(prerenderedRoot());
    expect(await pagesLeft()).toEqual(['en-intro', 'en-area (hidden)']);
  });

  it('on "Start now" before the app has come, shows the first question and moves the focus to its heading', async () => {
    gateChooses('/', ['es-ES']);
    document.body.append(prerenderedRoot());
    await pagesLeft();
    window.history.pushState(null, '', '/#/area');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await pagesLeft()).toEqual(['es-area']);
    expect(document.documentElement.dataset.view).toBe('es-area');
    expect(document.activeElement).toHaveTextContent('es-area');
  });

  it('leaves "Start now" to the app once it has taken over the page', async () => {
    gateChooses('/');
    document.body.append(prerenderedRoot());
    await pagesLeft();
    delete document.documentElement.dataset.view;
    window.history.pushState(null, '', '/#/area');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await pagesLeft()).toEqual(['en-intro', 'en-area (hidden)']);
  });

  it("holds back the question's Continue until the app has come (a plain form would reload the page), and says so", async () => {
    gateChooses('/#/area');
    document.body.append(prerenderedRoot());
    await pagesLeft();
    const submit = () => {
      const event = new Event('submit', { bubbles: true, cancelable: true });
      document.querySelector('#root form')?.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(document.documentElement.hasAttribute('data-held')).toBe(false);
    expect(submit()).toBe(true);
    // main.tsx presses Continue again for the person once the app has the page.
    expect(document.documentElement.hasAttribute('data-held')).toBe(true);
    document.documentElement.removeAttribute('data-held');
    delete document.documentElement.dataset.view;
    expect(submit()).toBe(false);
    expect(document.documentElement.hasAttribute('data-held')).toBe(false);
  });

  it('hides them all when this tab has saved progress (the app will open where the patient was)', () => {
    window.sessionStorage.setItem(STORAGE_KEY, '{}');
    expect(gateHides('/')).toBe(true);
  });

  it('hides them all when storage cannot be read, the safe side', () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(gateHides('/')).toBe(true);
  });

  it("hides them all when an embed's own session is saved in this tab", () => {
    window.sessionStorage.setItem(sessionKey({ hostOrigin: 'https://clinic.example', embedId: 'embed-2' }), '{}');
    expect(gateHides('/#/area')).toBe(true);
  });

  it("shows the page when this tab holds only other sites' keys", () => {
    window.sessionStorage.setItem('another-app:v1', '{}');
    expect(gateChooses('/')).toBe('en-intro');
  });

  it('is allowed by the CSP by its hash, and no other inline script is', () => {
    const csp = contentSecurityPolicy("'self'");
    expect(csp).toContain(`script-src 'self' ${PRERENDER_GATE_HASH}`);
    expect(csp).not.toContain("'unsafe-inline'");
  });
});

describe('the loader', () => {
  // The loader's 3-second fallback must not fire into a later test.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads nothing without the entry meta (the dev server keeps its own script tag)', () => {
    gateHides('/#/concerns');
    expect(loaded()).toEqual({ scripts: [], preloads: [] });
  });

  it('when every page is hidden, preloads the app and its catalog at once, together, and adds its script', () => {
    withEntryMeta();
    fakePaintTiming();
    expect(gateHides('/#/concerns')).toBe(true);
    expect(loaded()).toEqual({ scripts: [{ type: 'module', src: ENTRY }], preloads: [ENTRY, CATALOG] });
  });

  it("preloads the catalog of the language the app will use: the clinic's, else the one saved in this tab", () => {
    withEntryMeta();
    expect(gateHides('/?lang=es&clinic=Riverside')).toBe(true);
    expect(loaded().preloads).toEqual([ENTRY, CATALOG_ES]);
    document.head.replaceChildren();
    withEntryMeta();
    window.sessionStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, place: 'concerns', answers: {}, locale: 'es' }),
    );
    expect(gateHides('/#/concerns')).toBe(true);
    expect(loaded().preloads).toEqual([ENTRY, CATALOG_ES]);
  });

  it('when a prerendered page is shown, adds the script only once it has painted', () => {
    withEntryMeta();
    const timing = fakePaintTiming();
    expect(gateHides('/')).toBe(false);
    expect(loaded()).toEqual({ scripts: [], preloads: [] });
    // A paint with nothing in it yet (a background colour) is not the page.
    timing.paint('first-paint');
    expect(loaded()).toEqual({ scripts: [], preloads: [] });
    timing.paint('first-contentful-paint');
    // The page's catalog comes with the script rather than after it; nothing came before the paint.
    expect(loaded()).toEqual({ scripts: [{ type: 'module', src: ENTRY }], preloads: [CATALOG] });
    expect(timing.connected()).toBe(0);
  });

  it('loads after 3 seconds if no paint is reported (a frame the browser does not draw), and only once', () => {
    withEntryMeta();
    const timing = fakePaintTiming();
    gateHides('/');
    vi.advanceTimersByTime(2999);
    expect(loaded()).toEqual({ scripts: [], preloads: [] });
    vi.advanceTimersByTime(1);
    expect(loaded()).toEqual({ scripts: [{ type: 'module', src: ENTRY }], preloads: [CATALOG] });
    timing.paint('first-contentful-paint');
    expect(loaded()).toEqual({ scripts: [{ type: 'module', src: ENTRY }], preloads: [CATALOG] });
  });

  it('adds the script once, however many paints arrive', () => {
    withEntryMeta();
    const timing = fakePaintTiming();
    gateHides('/');
    timing.paint('first-contentful-paint');
    timing.paint('first-contentful-paint');
    expect(loaded()).toEqual({ scripts: [{ type: 'module', src: ENTRY }], preloads: [CATALOG] });
  });

  it('waits for the document to be parsed, because the app renders into #root', () => {
    withEntryMeta();
    const timing = fakePaintTiming();
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    gateHides('/');
    timing.paint('first-contentful-paint');
    expect(loaded().scripts).toEqual([]);
    readyState.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(loaded().scripts).toEqual([{ type: 'module', src: ENTRY }]);
  });

  it('shows the Spanish first question, then loads the app with the Spanish catalog once it has painted', () => {
    withEntryMeta();
    const timing = fakePaintTiming();
    expect(gateChooses('/?lang=es#/area')).toBe('es-area');
    expect(loaded()).toEqual({ scripts: [], preloads: [] });
    timing.paint('first-contentful-paint');
    expect(loaded()).toEqual({ scripts: [{ type: 'module', src: ENTRY }], preloads: [CATALOG_ES] });
  });

  it('in a hidden page that is still being parsed, preloads at once and adds the script when parsed', () => {
    withEntryMeta();
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    gateHides('/?lang=es&clinic=Riverside');
    expect(loaded()).toEqual({ scripts: [], preloads: [ENTRY, CATALOG_ES] });
    readyState.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(loaded().scripts).toEqual([{ type: 'module', src: ENTRY }]);
  });

  it('loads at once in a browser without paint timing, which would never say the page painted', () => {
    withEntryMeta();
    vi.stubGlobal('PerformanceObserver', undefined);
    expect(gateHides('/')).toBe(false);
    expect(loaded()).toEqual({ scripts: [{ type: 'module', src: ENTRY }], preloads: [ENTRY, CATALOG] });
  });

  it('loads at once in a background tab, which does not paint until it is looked at', () => {
    withEntryMeta();
    const timing = fakePaintTiming();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    gateHides('/');
    expect(loaded().scripts).toEqual([{ type: 'module', src: ENTRY }]);
    expect(timing.connected()).toBe(0);
  });
});
