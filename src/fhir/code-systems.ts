import type { Bundle, CodeSystem, Extension, Questionnaire, QuestionnaireItem } from 'fhir/r4';
import { CONTENT_VERSION } from '../content/content-version';
import { EXTENSIONS } from './fhir-identity';

function translationsOf(extensions: readonly Extension[] | undefined): { language: string; value: string }[] {
  return (extensions ?? [])
    .filter((extension) => extension.url === EXTENSIONS.translation)
    .map((extension) => ({
      language: extension.extension?.find((part) => part.url === 'lang')?.valueCode ?? '',
      value: extension.extension?.find((part) => part.url === 'content')?.valueString ?? '',
    }));
}

function choiceItems(items: readonly QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((item) => [...(item.answerOption ? [item] : []), ...choiceItems(item.item)]);
}

/**
 * The code systems of the Questionnaire's choice questions, one per question, as a collection
 * Bundle beside it (dist/fhir/code-systems.json): a FHIR server can load them to check codes and
 * show their words in either language. Read off the Questionnaire, so the two always agree.
 */
export function codeSystemsOf(questionnaire: Questionnaire): Bundle<CodeSystem> {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: choiceItems(questionnaire.item).map((item) => {
      const codings = (item.answerOption ?? []).flatMap((option) => (option.valueCoding ? [option.valueCoding] : []));
      const system = codings[0]?.system ?? '';
      return {
        fullUrl: system,
        resource: {
          resourceType: 'CodeSystem',
          url: system,
          version: CONTENT_VERSION.version,
          name: item.linkId.replace(/[^A-Za-z0-9]/g, '_'),
          title: item.text,
          status: 'active',
          content: 'complete',
          caseSensitive: true,
          concept: codings.map((coding) => ({
            code: coding.code ?? '',
            display: coding.display,
            designation: translationsOf(coding._display?.extension),
          })),
        },
      };
    }),
  };
}
