import type { Answers } from '../../../src/answers/answers';
import { buildQuestionnaire } from '../../../src/fhir/questionnaire';
import { buildQuestionnaireResponse } from '../../../src/fhir/questionnaire-response';
import { catalogEn } from '../../../src/i18n/en/catalog-en';
import { summaryCatalogEn } from '../../../src/i18n/en/summary-catalog-en';
import { catalogEs } from '../../../src/i18n/es/catalog-es';
import { summaryCatalogEs } from '../../../src/i18n/es/summary-catalog-es';
import type { Locale } from '../../../src/i18n/locales';
import { localised } from '../../../src/i18n/localised';

export const questionnaire = buildQuestionnaire({ en: catalogEn, es: catalogEs });

const CATALOGS = { en: [catalogEn, summaryCatalogEn], es: [catalogEs, summaryCatalogEs] } as const;

/** The response the app would save for these answers, in one language. */
export function responseFor(answers: Answers, locale: Locale = 'en', authored = new Date('2026-12-02T10:00:00Z')) {
  const [messages, summary] = CATALOGS[locale];
  return buildQuestionnaireResponse({ answers, words: localised(locale, messages), summary, authored });
}
