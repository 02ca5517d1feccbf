import { catalogEn } from '../../src/i18n/en/catalog-en';
import { summaryCatalogEn } from '../../src/i18n/en/summary-catalog-en';
import { catalogEs } from '../../src/i18n/es/catalog-es';
import { summaryCatalogEs } from '../../src/i18n/es/summary-catalog-es';
import appUpdateEn from '../../src/i18n/en/app-update.json' with { type: 'json' };
import appUpdateEs from '../../src/i18n/es/app-update.json' with { type: 'json' };

/**
 * Every word of one language in one object, for tests that read a point's words without caring
 * which chunk the app loads them in (urgent points come with the question pages, the rest with
 * the summary).
 */
function allWords<M extends typeof catalogEn, S extends typeof summaryCatalogEn>(
  messages: M,
  summary: S,
  appUpdate: typeof appUpdateEn,
) {
  // The "newer version" notice's words come with the offline code, not the catalog (decision 0025).
  return { ...messages, ...summary, points: { ...messages.urgentPoints, ...summary.points }, appUpdate };
}

export const allWordsEn = allWords(catalogEn, summaryCatalogEn, appUpdateEn);
export const allWordsEs = allWords(catalogEs, summaryCatalogEs, appUpdateEs);
