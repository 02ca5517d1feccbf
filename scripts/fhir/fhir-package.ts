import { catalogEn } from '../../src/i18n/en/catalog-en';
import { catalogEs } from '../../src/i18n/es/catalog-es';
import { codeSystemsOf } from '../../src/fhir/code-systems';
import { buildQuestionnaire } from '../../src/fhir/questionnaire';

/** The files the build writes to dist/fhir/, by name. */
export function fhirPackage(): Record<string, unknown> {
  const questionnaire = buildQuestionnaire({ en: catalogEn, es: catalogEs });
  return { 'questionnaire.json': questionnaire, 'code-systems.json': codeSystemsOf(questionnaire) };
}
