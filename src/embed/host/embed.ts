/**
 * The host snippet: a clinic adds a container and this script to its page; it creates the
 * questionnaire's iframe, as tall as the window whatever the page shows (the questionnaire
 * scrolls inside it), and re-emits the app's messages as DOM events on the container. A summary
 * the patient sends is acknowledged back to the frame (`summary-received`). No dependencies, so it
 * stays a few KiB.
 *
 *   <div data-calf-ankle-prep data-clinic="Example Clinic" data-accent="#005ea5"
 *        data-contact="tel:+15551234567" data-emergency-number="911" data-share="false"></div>
 *   <script src="https://prep.example.org/embed.js" defer></script>
 */
import { isAppMessage, makeHostMessage, type AppMessage } from '../protocol';

export const EVENT_PREFIX = 'calf-ankle-prep:';

/**
 * The sandbox the app needs: its scripts, its own storage, forms, the print dialog, and links that
 * open in a new tab (the clinic's contact, "About this guide"). Those tabs leave the sandbox: a
 * sandboxed tab cannot open a page sent with Cross-Origin-Opener-Policy, as the About page is.
 * Downloads, for "Save my answers to a file": a sandbox without them drops the file silently.
 */
export const SANDBOX =
  'allow-scripts allow-same-origin allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-downloads';

export interface EmbedOptions {
  /** Where the app is hosted; by default the folder this script was loaded from. */
  appUrl?: string;
  clinic?: string;
  accent?: string;
  contact?: string;
  /** The emergency number patients with urgent symptoms are told to call, such as 911, 999 or 112. */
  emergencyNumber?: string;
  lang?: string;
  intro?: boolean;
  share?: boolean;
  /** Called with every message from the app, after it has been checked. */
  onMessage?: (message: AppMessage) => void;
  /** Accessible name of the frame. */
  title?: string;
}

export interface EmbedHandle {
  iframe: HTMLIFrameElement;
  destroy: () => void;
}

const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src;

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * An address the frame may load: absolute, and https: (or http: on this machine, for development).
 * Markup sanitisers keep data-* attributes, so a `javascript:`, `data:`, relative or
 * protocol-relative value must never become the frame's src.
 */
export function appAddress(value: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const local = url.protocol === 'http:' && LOOPBACK.includes(url.hostname);
  if ((url.protocol !== 'https:' && !local) || url.username !== '' || url.password !== '') return undefined;
  return url;
}

/** A contact the app may show: a tel: number or an https: address (the app checks it again). */
function isContact(value: string): boolean {
  return /^tel:/i.test(value.trim()) || appAddress(value.trim())?.protocol === 'https:';
}

/** An emergency number: digits, an optional leading +, spaces for reading (the app checks it again). */
function isEmergencyNumber(value: string): boolean {
  return /^\+?[0-9](?:[0-9 ]{0,18}[0-9])?$/.test(value.trim());
}

/**
 * The frame's size: the window's height (the dynamic viewport where the browser knows it), never
 * its content's, so the clinic's page cannot tell one page or answer from another by the frame's
 * height (decision 0012). The questionnaire scrolls inside.
 */
const FRAME_STYLE = 'display:block;width:100%;border:0;height:100vh;height:100dvh;min-height:480px';

const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Which embed this is on the page, stable across reloads and moves: the container's id if it has
 * a usable one, else its place among the page's embeds. The app keeps each embed's progress apart.
 */
function embedIdOf(container: HTMLElement): string {
  if (EMBED_ID.test(container.id)) return container.id;
  const all = Array.from(document.querySelectorAll('[data-calf-ankle-prep]'));
  const index = all.indexOf(container);
  return `embed-${index >= 0 ? index + 1 : all.length + 1}`;
}

function refuse(reason: string): undefined {
  console.error(`calf-ankle-prep: ${reason}; the questionnaire was not embedded.`);
  return undefined;
}

/** Embeds the app in `container`; refuses (with a console error, returning undefined) an unsafe app address. */
export function embed(container: HTMLElement, options: EmbedOptions = {}): EmbedHandle | undefined {
  const given = options.appUrl ?? container.dataset.app;
  const base = given ?? (scriptUrl ? new URL('./', scriptUrl).href : undefined);
  if (!base) return refuse('cannot tell where the app is; set data-app on the container');
  const appUrl = appAddress(base);
  if (!appUrl) return refuse(`the app address "${base}" is not an https: address`);
  const appOrigin = appUrl.origin;

  const params = new URLSearchParams();
  const setting = (name: string, value: string | boolean | undefined) => {
    if (value !== undefined && value !== '') params.set(name, String(value));
  };
  setting('clinic', options.clinic ?? container.dataset.clinic);
  setting('accent', options.accent ?? container.dataset.accent);
  const contact = options.contact ?? container.dataset.contact;
  if (contact !== undefined && !isContact(contact))
    console.error(
      `calf-ankle-prep: the contact "${contact}" is neither a tel: number nor an https: address; it was left out.`,
    );
  else setting('contact', contact);
  const emergencyNumber = options.emergencyNumber ?? container.dataset.emergencyNumber;
  if (emergencyNumber !== undefined && !isEmergencyNumber(emergencyNumber))
    console.error(
      `calf-ankle-prep: the emergency number "${emergencyNumber}" is not digits and spaces (with an optional leading +); it was left out.`,
    );
  else setting('emergency', emergencyNumber);
  setting('lang', options.lang ?? container.dataset.lang);
  setting('intro', options.intro ?? container.dataset.intro);
  setting('share', options.share ?? container.dataset.share);
  // The app posts only to this origin, so its messages reach this page and no other.
  params.set('host', window.location.origin);
  params.set('embed', embedIdOf(container));
  appUrl.search = params.toString();
  appUrl.hash = '';

  const iframe = document.createElement('iframe');
  iframe.src = appUrl.href;
  iframe.title = options.title ?? container.dataset.title ?? 'Liposuction consultation questionnaire';
  iframe.setAttribute('sandbox', SANDBOX);
  iframe.setAttribute('referrerpolicy', 'no-referrer');
  iframe.style.cssText = FRAME_STYLE;

  const onMessage = (event: MessageEvent) => {
    // Only the app, and only from our own frame: another frame or a foreign origin is ignored.
    if (event.origin !== appOrigin || event.source !== iframe.contentWindow) return;
    if (!isAppMessage(event.data)) return;
    const message = event.data;
    container.dispatchEvent(new CustomEvent(EVENT_PREFIX + message.type, { detail: message.payload, bubbles: true }));
    options.onMessage?.(message);
    // The patient is told "sent" only once the page has the summary (decision 0020): say so, with
    // the send's id, to the app's origin only, so no other page or frame learns of it.
    if (message.type === 'summary')
      iframe.contentWindow?.postMessage(makeHostMessage('summary-received', { id: message.payload.id }), appOrigin);
  };
  window.addEventListener('message', onMessage);
  container.replaceChildren(iframe);

  return {
    iframe,
    destroy() {
      window.removeEventListener('message', onMessage);
      iframe.remove();
    },
  };
}

function embedAll() {
  document.querySelectorAll<HTMLElement>('[data-calf-ankle-prep]').forEach((container) => {
    if (!container.querySelector('iframe')) embed(container);
  });
}

declare global {
  interface Window {
    CalfAnklePrep?: { embed: typeof embed };
  }
}

window.CalfAnklePrep = { embed };
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', embedAll);
else embedAll();
