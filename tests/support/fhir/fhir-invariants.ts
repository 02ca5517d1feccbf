import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import { compile, evaluate } from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { enabledItems } from './enabled-items';

interface Invariant {
  key: string;
  expression: string;
}

/** FHIR R4's own invariants on Questionnaire and its items (core spec, with que-12 from 2 enableWhen down to 2). */
const QUESTIONNAIRE: readonly Invariant[] = [
  { key: 'que-0', expression: "name.exists() implies name.matches('[A-Z]([A-Za-z0-9_]){0,254}')" },
  { key: 'que-2', expression: 'descendants().linkId.isDistinct()' },
];

const QUESTIONNAIRE_ITEM: readonly Invariant[] = [
  { key: 'que-1', expression: "(type='group' implies item.empty().not()) and (type='display' implies item.empty())" },
  { key: 'que-3', expression: "type!='display' or code.empty()" },
  { key: 'que-4', expression: 'answerOption.empty() or answerValueSet.empty()' },
  {
    key: 'que-5',
    expression:
      "(type='choice' or type='open-choice' or type='decimal' or type='integer' or type='date' or type='dateTime' or type='time' or type='string' or type='quantity') or (answerValueSet.empty() and answerOption.empty())",
  },
  { key: 'que-6', expression: "type!='display' or (required.empty() and repeats.empty())" },
  { key: 'que-8', expression: "(type!='group' and type!='display') or initial.empty()" },
  { key: 'que-9', expression: "type!='display' or readOnly.empty()" },
  {
    key: 'que-10',
    expression:
      "(type in ('boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'url' | 'open-choice')) or maxLength.empty()",
  },
  { key: 'que-11', expression: 'answerOption.empty() or initial.empty()' },
  { key: 'que-12', expression: 'enableWhen.count() > 1 implies enableBehavior.exists()' },
  { key: 'que-13', expression: 'repeats=true or initial.count() <= 1' },
];

/** FHIR R4's invariants on QuestionnaireResponse, qrs-1 over every item at once. */
const RESPONSE: readonly Invariant[] = [
  { key: 'qrs-1', expression: 'repeat(item).all((answer.exists() and item.exists()).not())' },
  {
    key: 'qrs-2',
    expression: 'repeat(answer|item).select(item.where(answer.value.exists()).linkId.isDistinct()).allTrue()',
  },
];

/**
 * Every coded answer is one of the options its question offers. Each question has a code system of
 * its own (its linkId ends the system's URL), so "system|code" names an option of one question;
 * a separate check ties each answer's system to its item.
 */
const OFFERED = compile("Questionnaire.repeat(item).answerOption.valueCoding.select(system + '|' + code)", r4);
const NOT_OFFERED = compile(
  "QuestionnaireResponse.repeat(item).answer.value.ofType(Coding).where(((system + '|' + code) in %offered).not()).code",
  r4,
);

/** fhirpath's result, which is a promise only in async mode (not used here). */
function collection(result: unknown): unknown[] {
  if (!Array.isArray(result)) throw new Error('fhirpath gave no collection');
  return result;
}

function failing(resource: unknown, base: string, invariants: readonly Invariant[], where: string): string[] {
  return invariants
    .filter(({ expression }) => {
      const result = collection(evaluate(resource, { base, expression }, undefined, r4));
      return !(result.length === 1 && result[0] === true);
    })
    .map(({ key }) => `${key} at ${where}`);
}

function everyItem<T extends { item?: T[] }>(items: readonly T[] | undefined): T[] {
  return (items ?? []).flatMap((item) => [item, ...everyItem(item.item)]);
}

/** The Questionnaire's broken invariants ("que-1 at area"); none when it is sound. */
export function questionnaireFailures(questionnaire: Questionnaire): string[] {
  const failures = failing(questionnaire, 'Questionnaire', QUESTIONNAIRE, 'Questionnaire');
  const linkIds = new Set(everyItem(questionnaire.item).map((item) => item.linkId));
  for (const item of everyItem<QuestionnaireItem>(questionnaire.item)) {
    failures.push(...failing(item, 'Questionnaire.item', QUESTIONNAIRE_ITEM, item.linkId));
    for (const condition of item.enableWhen ?? []) {
      if (!linkIds.has(condition.question)) failures.push(`enableWhen on a missing question at ${item.linkId}`);
    }
  }
  return failures;
}

/** Where each item of the Questionnaire is, by linkId. */
function itemsById(questionnaire: Questionnaire): ReadonlyMap<string, QuestionnaireItem> {
  return new Map(everyItem(questionnaire.item).map((item) => [item.linkId, item]));
}

/**
 * A response's broken invariants against its Questionnaire: the core ones, and that every item is
 * one of the Questionnaire's and enabled by the response's own answers, that every coded answer is
 * one of its question's options (looked up with FHIRPath), that only repeating questions have
 * several answers, and quantities use an offered unit.
 */
export function responseFailures(response: QuestionnaireResponse, questionnaire: Questionnaire): string[] {
  const failures = failing(response, 'QuestionnaireResponse', RESPONSE, 'QuestionnaireResponse');
  const declared = itemsById(questionnaire);
  const items = everyItem<QuestionnaireResponseItem>(response.item);
  const given = new Map(
    items.map((item) => [item.linkId, (item.answer ?? []).flatMap((answer) => answer.valueCoding?.code ?? [])]),
  );
  const enabled = new Set(enabledItems(questionnaire, given));
  const offered = collection(OFFERED(questionnaire));
  const notOffered = collection(NOT_OFFERED(response, { offered }));
  failures.push(...notOffered.map((code) => `code not offered: ${String(code)}`));
  for (const item of items) {
    const question = declared.get(item.linkId);
    if (!question) {
      failures.push(`not in the Questionnaire: ${item.linkId}`);
      continue;
    }
    if (!enabled.has(item.linkId)) failures.push(`answered but not enabled: ${item.linkId}`);
    if ((item.answer?.length ?? 0) > 1 && !question.repeats) failures.push(`several answers: ${item.linkId}`);
    for (const answer of item.answer ?? []) {
      const system = answer.valueCoding?.system;
      if (system !== undefined && !system.endsWith(`/${item.linkId}`)) {
        failures.push(`another question's code: ${item.linkId}`);
      }
      const quantity = answer.valueQuantity;
      if (quantity) {
        const units = (question.extension ?? []).map((extension) => extension.valueCoding?.code);
        if (!units.includes(quantity.code)) failures.push(`unit not offered: ${item.linkId} ${quantity.code}`);
      }
    }
  }
  return failures;
}
