import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import type { PageAnswer, PageAnswers } from '../../support/answer-page';
import type { PageVisit } from '../../support/journeys';

/** The app, built and served by the first web server in playwright.config.ts. */
export const APP_ORIGIN = 'http://127.0.0.1:4180';
/** The test clinic pages (tests/e2e/fixtures/host), served by the second web server: another origin. */
export const HOST_ORIGIN = 'http://127.0.0.1:4181';
/** A third origin, answered by `page.route` in the tests that need it (no server behind it). */
export const FOREIGN_ORIGIN = 'http://foreign.example:4999';

export const EVENT_PREFIX = 'calf-ankle-prep:';
/** The message types of protocol version 3 (the same as version 2's). */
export const MESSAGE_TYPES = ['ready', 'started', 'progress', 'completed', 'summary'] as const;
/** Version 1's types, which sent page ids, route-dependent counts and heights: listened for, to catch any coming back. */
export const RETIRED_TYPES = ['resize', 'step', 'complete'] as const;

export function hostUrl(file: string): string {
  return `${HOST_ORIGIN}/${file}`;
}

/** A `calf-ankle-prep:*` CustomEvent as the host page heard it. */
export interface HostEvent {
  type: string;
  detail: unknown;
  /** The id of the element the event was dispatched on (the container). */
  target: string;
}

/** A `message` event the host window received, whoever sent it. */
export interface HostMessage {
  origin: string;
  data: unknown;
  /** The sender is the snippet's own iframe. */
  fromEmbed: boolean;
}

export interface HostTraffic {
  events: HostEvent[];
  messages: HostMessage[];
}

declare global {
  interface Window {
    __embedTraffic?: HostTraffic;
  }
}

/**
 * Records, on the host page (top frame only), every `calf-ankle-prep:*` event as a clinic page
 * would hear it (listeners for the documented types), and every `message` the window receives.
 * The listeners are added before any script of the page, so they run before the snippet's.
 */
export async function recordHostTraffic(page: Page): Promise<void> {
  await page.addInitScript(
    ({ prefix, types }) => {
      if (window !== window.top) return;
      const traffic: HostTraffic = { events: [], messages: [] };
      window.__embedTraffic = traffic;
      for (const type of types) {
        window.addEventListener(prefix + type, (event) => {
          const target = event.target instanceof Element ? event.target.id : String(event.target);
          traffic.events.push({ type: event.type, detail: (event as CustomEvent).detail, target });
        });
      }
      window.addEventListener('message', (event) => {
        const frame = document.querySelector('[data-calf-ankle-prep] iframe') as HTMLIFrameElement | null;
        traffic.messages.push({
          origin: event.origin,
          data: event.data,
          fromEmbed: Boolean(frame && event.source === frame.contentWindow),
        });
      });
    },
    { prefix: EVENT_PREFIX, types: [...MESSAGE_TYPES, ...RETIRED_TYPES] },
  );
}

export async function hostTraffic(page: Page): Promise<HostTraffic> {
  const traffic = await page.evaluate(() => window.__embedTraffic);
  if (!traffic) throw new Error('The host traffic is not recorded: call recordHostTraffic before page.goto');
  return traffic;
}

/** The types of the events heard so far, in order, without the prefix. */
export async function eventTypes(page: Page): Promise<string[]> {
  const { events } = await hostTraffic(page);
  return events.map((event) => event.type.slice(EVENT_PREFIX.length));
}

export async function eventsOfType(page: Page, type: (typeof MESSAGE_TYPES)[number]): Promise<HostEvent[]> {
  return (await hostTraffic(page)).events.filter((event) => event.type === EVENT_PREFIX + type);
}

let sentinels = 0;

/**
 * Waits until every message the app has posted so far has reached the host page: lets the app's
 * pending effects run (two animation frames in the frame), then posts a marker from the frame's
 * own window, and waits for the host to receive it. Messages from one window arrive in the order
 * they were posted, so anything the app sent before the marker has arrived too. A condition to
 * wait for, where a fixed pause would only guess. Returns the marker, to tell it apart.
 */
export async function flushAppMessages(
  page: Page,
  frame: Frame,
  received: (page: Page) => Promise<unknown[]>,
): Promise<string> {
  sentinels += 1;
  const marker = `test-marker-${sentinels}`;
  await frame.evaluate(
    (data) =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            window.parent.postMessage(data, '*');
            resolve();
          }),
        );
      }),
    marker,
  );
  await expect
    .poll(async () => (await received(page)).includes(marker), { message: 'the marker posted from the frame' })
    .toBe(true);
  return marker;
}

/** The data of every message the host window received (for flushAppMessages with recordHostTraffic). */
export async function receivedData(page: Page): Promise<unknown[]> {
  return (await hostTraffic(page)).messages.map((message) => message.data);
}

/**
 * Makes `window.sessionStorage` and `window.localStorage` throw inside the app's frames (any
 * document from the app's origin that is not the top page), as a browser that blocks storage
 * in frames does: reading either property throws a SecurityError, and so do the Storage methods
 * should anything hold on to a Storage object. The host page keeps its storage.
 */
export async function blockStorageInAppFrames(page: Page): Promise<void> {
  await page.addInitScript(
    ({ appOrigin }) => {
      if (window === window.top || window.location.origin !== appOrigin) return;
      const refuse = () => {
        throw new DOMException(
          "Failed to read the 'sessionStorage' property from 'Window': Access is denied for this document.",
          'SecurityError',
        );
      };
      for (const name of ['sessionStorage', 'localStorage'] as const) {
        Object.defineProperty(window, name, { configurable: true, enumerable: true, get: refuse });
      }
      for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
        Object.defineProperty(Storage.prototype, method, { configurable: true, value: refuse });
      }
    },
    { appOrigin: APP_ORIGIN },
  );
}

/** The iframe the snippet put in the container (or a plain iframe with that id), and its frame. */
export async function embeddedFrame(
  page: Page,
  selector = '[data-calf-ankle-prep] iframe',
): Promise<{ iframe: Locator; frame: Frame }> {
  const iframe = page.locator(selector);
  await expect(iframe).toHaveCount(1);
  const handle = await iframe.elementHandle();
  const frame = await handle?.contentFrame();
  await handle?.dispose();
  if (!frame) throw new Error(`No frame in ${selector}`);
  await frame.waitForLoadState('load');
  return { iframe, frame };
}

const FRAME_MEMBERS = new Set(['getByRole', 'getByText', 'getByLabel', 'locator']);

/**
 * The shared page helpers (answerPage, walkJourney, confirmAnswers…) take a Page but only query
 * it (getByRole, locator…). This lets them work inside a frame, unchanged: the queries go to the
 * frame, and anything else a helper might use (goto, keyboard, axe) fails loudly instead of
 * silently acting on the host page. Use them with `axe: false`; the host page is checked with
 * axe as a whole (frames included) in its own test.
 */
export function frameAsPage(frame: Frame): Page {
  const proxy = new Proxy(frame, {
    get(target, property, receiver) {
      if (typeof property === 'string' && FRAME_MEMBERS.has(property)) {
        const member = Reflect.get(target, property, receiver) as (...args: unknown[]) => unknown;
        return member.bind(target);
      }
      if (property === 'then') return undefined;
      throw new Error(`frameAsPage: a page helper used page.${String(property)}, which a frame cannot stand in for`);
    },
  });
  return proxy as unknown as Page;
}

/** The iframe's height on the host page, in CSS pixels. */
export async function frameHeight(iframe: Locator): Promise<number> {
  return iframe.evaluate((element) => element.getBoundingClientRect().height);
}

/**
 * What the snippet sizes its frame to: the host window's height (the frame's `100dvh`), but at
 * least 480 px. Never anything the frame shows.
 */
export function expectedFrameHeight(page: Page): number {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('The page has no fixed viewport');
  return Math.max(viewport.height, 480);
}

/** The iframe is exactly as tall as the host's window (or its 480 px minimum), whatever is in it. */
export async function expectWindowHeightFrame(page: Page, iframe: Locator, where: string): Promise<number> {
  const height = await frameHeight(iframe);
  expect(height, `${where}: the frame's height`).toBe(expectedFrameHeight(page));
  return height;
}

/** Every option label and every piece of free text in these answers (what must never leave the app unasked). */
export function answerTexts(visits: readonly PageVisit[]): string[] {
  const texts = visits.flatMap((visit) =>
    Object.values(visit.answers as PageAnswers).flatMap((answer) => textsOf(answer)),
  );
  return [...new Set(texts)];
}

function textsOf(answer: PageAnswer): string[] {
  if (typeof answer === 'string') return [answer];
  if ('text' in answer) return [answer.text];
  return [...answer];
}

/** Every key anywhere in a JSON-like value. */
export function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysDeep(inner)]);
  }
  return [];
}

/** Console messages of one type from the app's frame(s). */
export function collectFrameConsole(page: Page, type: 'warning' | 'error'): string[] {
  const lines: string[] = [];
  page.on('console', (message) => {
    if (message.type() === type && message.location().url.startsWith(APP_ORIGIN)) lines.push(message.text());
  });
  return lines;
}

/** Uncaught errors in any frame of the page. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/** WCAG contrast of an `rgb(r, g, b)` colour (as getComputedStyle gives it) against white. */
export function contrastWithWhite(rgb: string): number {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb);
  if (!match) throw new Error(`Not an rgb() colour: ${rgb}`);
  const [r, g, b] = match.slice(1, 4).map((value) => {
    const s = Number(value) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}
