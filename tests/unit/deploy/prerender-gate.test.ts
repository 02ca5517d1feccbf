// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRERENDER_GATE, PRERENDER_GATE_HASH } from '../../../deploy/prerender-gate';
import { contentSecurityPolicy } from '../../../deploy/security-headers';
import { sessionKey, STORAGE_KEY } from '../../../src/persistence/session-store';

/** Runs the gate as the browser would, at this URL, and says whether it hid the prerendered page. */
function gateHides(url: string, languages: readonly string[] = ['en-US']): boolean {
  document.documentElement.style.removeProperty('visibility');
  window.history.replaceState(null, '', url);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue([...languages]);
  new Function(PRERENDER_GATE)();
  return document.documentElement.style.visibility === 'hidden';
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.documentElement.style.removeProperty('visibility');
  document.head.replaceChildren();
});

const ENTRY = './assets/index-abc123.js';
const CATALOG = './assets/catalog-en-def456.js';

/** A built index.html's head: the entry in a meta the loader reads (vite.config.ts puts it there). */
function withEntryMeta(): void {
  const meta = document.createElement('meta');
  meta.name = 'app-entry';
  meta.content = ENTRY;
  meta.dataset.catalog = CATALOG;
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
  it.each(['/', '/?lang=en', '/#/intro', '/?accent=%23005ea5', '/?intro=true'])(
    'shows the English start page for %s',
    (url) => {
      expect(gateHides(url)).toBe(false);
    },
  );

  it.each([
    ['/#/area', 'a page other than the start'],
    ['/?lang=es', 'Spanish'],
    ['/?lang=fr', 'an unknown language, which the app resolves itself'],
    ['/?clinic=Riverside', 'a clinic name in the header'],
    ['/?contact=tel%3A%2B15555550123', 'a contact link in the header'],
    ['/?intro=false', 'no start page'],
  ])('hides it for %s: %s', (url) => {
    expect(gateHides(url)).toBe(true);
  });

  it('hides it for a Spanish browser, unless the clinic says English', () => {
    expect(gateHides('/', ['es-MX', 'en-US'])).toBe(true);
    expect(gateHides('/', ['fr-FR', 'es-ES'])).toBe(true);
    expect(gateHides('/?lang=en', ['es-MX'])).toBe(false);
    expect(gateHides('/', ['fr-FR', 'en-GB'])).toBe(false);
  });

  it('hides it when this tab has saved progress (the app will open where the patient was)', () => {
    window.sessionStorage.setItem(STORAGE_KEY, '{}');
    expect(gateHides('/')).toBe(true);
  });

  it('hides it when storage cannot be read, the safe side', () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(gateHides('/')).toBe(true);
  });

  it("hides it when an embed's own session is saved in this tab", () => {
    window.sessionStorage.setItem(sessionKey({ hostOrigin: 'https://clinic.example', embedId: 'embed-2' }), '{}');
    expect(gateHides('/')).toBe(true);
  });

  it("shows it when this tab holds only other sites' keys", () => {
    window.sessionStorage.setItem('another-app:v1', '{}');
    expect(gateHides('/')).toBe(false);
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
    gateHides('/#/area');
    expect(loaded()).toEqual({ scripts: [], preloads: [] });
  });

  it('when the start page is hidden, preloads the app at once and adds its script', () => {
    withEntryMeta();
    fakePaintTiming();
    expect(gateHides('/#/area')).toBe(true);
    expect(loaded()).toEqual({ scripts: [{ type: 'module', src: ENTRY }], preloads: [ENTRY] });
  });

  it('when the start page is shown, adds the script only once it has painted', () => {
    withEntryMeta();
    const timing = fakePaintTiming();
    expect(gateHides('/')).toBe(false);
    expect(loaded()).toEqual({ scripts: [], preloads: [] });
    // A paint with nothing in it yet (a background colour) is not the page.
    timing.paint('first-paint');
    expect(loaded()).toEqual({ scripts: [], preloads: [] });
    timing.paint('first-contentful-paint');
    // The English catalog comes with the script rather than after it; nothing came before the paint.
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

  it('in a hidden page that is still being parsed, preloads at once and adds the script when parsed', () => {
    withEntryMeta();
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    gateHides('/?lang=es');
    expect(loaded()).toEqual({ scripts: [], preloads: [ENTRY] });
    readyState.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(loaded().scripts).toEqual([{ type: 'module', src: ENTRY }]);
  });

  it('loads at once in a browser without paint timing, which would never say the page painted', () => {
    withEntryMeta();
    vi.stubGlobal('PerformanceObserver', undefined);
    expect(gateHides('/')).toBe(false);
    expect(loaded()).toEqual({ scripts: [{ type: 'module', src: ENTRY }], preloads: [ENTRY] });
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
