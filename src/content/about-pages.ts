import type { Locale } from '../i18n/locales';

/**
 * The "About this guide" page of each language: static HTML written next to index.html at build
 * time (scripts/prerender.mjs; decision 0014), so it works from a printout, in a clinic's frame
 * and without JavaScript. Relative, like every other address of the app: a clinic may host the
 * built files under any path.
 */
export const ABOUT_PAGE: { readonly [L in Locale]: string } = {
  en: 'about.html',
  es: 'about-es.html',
};

/** The clinician review sheet, built from the rules at build time (issue 14, item 5). */
export const REVIEW_SHEET = 'review.html';
