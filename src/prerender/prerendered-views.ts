import { FIRST_STEP } from '../flow/flow-table';
import type { Place } from '../flow/route';
import type { Locale } from '../i18n/locales';

/**
 * The pages index.html carries prerendered (decision 0024), each in a `<div data-prerendered>` of
 * #root named here: the start page and the first question, in each language, and the first
 * question as it is when the clinic turned the start page off (`-alone`: no Back). The inline gate
 * (deploy/prerender-gate.ts) spells the same names and the first question's `#/area`; a unit test
 * keeps the two in step.
 */
type PrerenderedPage = 'intro' | 'area' | 'area-alone';
export type PrerenderedView = `${Locale}-${PrerenderedPage}`;

export const PRERENDERED_VIEWS: readonly PrerenderedView[] = [
  'en-intro',
  'en-area',
  'en-area-alone',
  'es-intro',
  'es-area',
  'es-area-alone',
];

export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

interface FirstRender {
  locale: Locale;
  /** The place the app opens on, before the machine moves a hidden start page on to the first question. */
  place: Place;
  showIntro: boolean;
  /** Nothing saved in this tab, storage readable: the page shows no notice and no answer. */
  freshTab: boolean;
  /** A clinic name or contact puts words in the header that no prerendered page has. */
  headerFromClinic: boolean;
}

/**
 * The prerendered page that is exactly what the app's first render will be, if there is one. Without
 * a start page the machine sends 'intro' on to the first question, which then has no Back.
 */
export function prerenderedView({ locale, place, showIntro, freshTab, headerFromClinic }: FirstRender) {
  if (!freshTab || headerFromClinic) return undefined;
  const first = place === 'intro' || place === FIRST_STEP;
  if (!first) return undefined;
  const page: PrerenderedPage = !showIntro ? 'area-alone' : place === 'intro' ? 'intro' : 'area';
  return `${locale}-${page}` satisfies PrerenderedView;
}

/** What each prerendered page is rendered from. */
export function viewParts(view: PrerenderedView): { locale: Locale; place: Place; showIntro: boolean } {
  const [locale, page, alone] = view.split('-') as [Locale, string, string | undefined];
  return { locale, place: page === 'intro' ? 'intro' : FIRST_STEP, showIntro: alone === undefined };
}
