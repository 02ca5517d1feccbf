import type {
  Quantity,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from 'fhir/r4';
import type { Answers, StepValues } from '../answers/answers';
import type { QuestionDeclaration } from '../answers/question-kinds';
import { QUESTION_PAGES } from '../answers/question-pages';
import type { StepId } from '../answers/step-ids';
import { inchesOf } from '../answers/unit-conversion';
import { CONTENT_VERSION } from '../content/content-version';
import { pageContent, questionText } from '../content/page-content';
import { routeOf } from '../flow/route';
import type { Localised } from '../i18n/localised';
import type { SummaryMessages } from '../i18n/messages';
import { pointText } from '../i18n/point-text';
import { summaryPoints } from '../../rules/summary-points';
import {
  HEIGHT_UNITS,
  QUESTIONNAIRE_URL,
  SDC_RESPONSE_PROFILE,
  UCUM,
  UNIT_SYMBOL,
  WEIGHT_UNITS,
  questionLinkId,
} from './fhir-identity';
import { optionCoding } from './questionnaire';

function quantity(value: number, code: keyof typeof UNIT_SYMBOL): Quantity {
  return { value, unit: UNIT_SYMBOL[code], system: UCUM, code };
}

/** Height and weight as quantities in the units the person typed them in; nothing when left empty. */
function bodySizeItems(size: StepValues<'body-size'>, words: Localised): QuestionnaireResponseItem[] {
  const sizeWords = words.messages.ui.bodySize;
  const measured = (field: 'height' | 'weight', value: Quantity | undefined): QuestionnaireResponseItem[] =>
    value
      ? [{ linkId: questionLinkId('body-size', field), text: sizeWords[field], answer: [{ valueQuantity: value }] }]
      : [];
  if (size.units === 'imperial') {
    const height =
      size.feet === undefined ? undefined : quantity(inchesOf(size.feet, size.inches), HEIGHT_UNITS.imperial);
    const weight = size.pounds === undefined ? undefined : quantity(size.pounds, WEIGHT_UNITS.imperial);
    return [...measured('height', height), ...measured('weight', weight)];
  }
  const height = size.centimetres === undefined ? undefined : quantity(size.centimetres, HEIGHT_UNITS.metric);
  const weight = size.kilograms === undefined ? undefined : quantity(size.kilograms, WEIGHT_UNITS.metric);
  return [...measured('height', height), ...measured('weight', weight)];
}

/** One page's answers as the items of its group, in the page's order, with the words the person read. */
function pageItems(
  step: StepId,
  values: Readonly<Record<string, unknown>>,
  words: Localised,
): QuestionnaireResponseItem[] {
  const content = pageContent(step, words.messages);
  const items: QuestionnaireResponseItem[] = [];
  for (const [field, declaration] of Object.entries(QUESTION_PAGES[step].fields) as [string, QuestionDeclaration][]) {
    const question = content.questions.find((each) => each.name === field);
    const value = values[field];
    let answer: QuestionnaireResponseItemAnswer[] = [];
    if (declaration.kind === 'radio' || declaration.kind === 'checkbox') {
      const chosen = (Array.isArray(value) ? value : [value]).filter(
        (each): each is string => typeof each === 'string',
      );
      answer = chosen.map((code) => {
        const label = question?.kind === 'text' ? undefined : question?.options.find((option) => option.value === code);
        return { valueCoding: { ...optionCoding(step, field, code), ...(label ? { display: label.label } : {}) } };
      });
    } else if (declaration.kind === 'text' && typeof value === 'string' && value !== '') {
      answer = [{ valueString: value }];
    }
    if (answer.length === 0) continue;
    const text = question ? questionText(question) : undefined;
    items.push({ linkId: questionLinkId(step, field), ...(text ? { text } : {}), answer });
  }
  if (step === 'body-size') items.push(...bodySizeItems(values as StepValues<'body-size'>, words));
  return items;
}

const XHTML = 'http://www.w3.org/1999/xhtml';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The summary's points in words, for any FHIR viewer that shows a resource's narrative. */
function narrative(answers: Answers, words: Localised, summary: SummaryMessages): string {
  const points = summaryPoints(answers).map((point) => {
    const { point: action, why } = pointText(point.id, words.messages, summary);
    return `<li><b>${escapeXml(action)}</b> ${escapeXml(why)}</li>`;
  });
  const title = escapeXml(words.messages.ui.app.title);
  return `<div xmlns="${XHTML}"><p>${title}</p><ul>${points.join('')}</ul></div>`;
}

export interface ResponseInput {
  /** Every answer kept; only the pages on the route are written. */
  answers: Answers;
  /**
   * The answers as they may leave the device, when some are held back (sharing leaves out the
   * sensitive rows the person did not include); the route is still the one `answers` imply.
   */
  shown?: Answers;
  words: Localised;
  summary: SummaryMessages;
  authored: Date;
}

/**
 * The answers as a FHIR R4 QuestionnaireResponse, built on the device: one group per page on the
 * route (a page the route skips never appears, even if answered before a change), in the words the
 * person read, with the summary's points as its narrative.
 */
export function buildQuestionnaireResponse({
  answers,
  shown = answers,
  words,
  summary,
  authored,
}: ResponseInput): QuestionnaireResponse {
  const route = routeOf(answers).answered;
  const onRoute: Answers = {};
  const item: QuestionnaireResponseItem[] = [];
  for (const step of route) {
    const values: Readonly<Record<string, unknown>> | undefined = shown[step];
    if (!values) continue;
    Object.assign(onRoute, { [step]: values });
    const items = pageItems(step, values, words);
    item.push({ linkId: step, text: words.messages.pages[step].title, ...(items.length > 0 ? { item: items } : {}) });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    meta: { profile: [SDC_RESPONSE_PROFILE] },
    language: words.locale,
    text: { status: 'generated', div: narrative(onRoute, words, summary) },
    questionnaire: `${QUESTIONNAIRE_URL}|${CONTENT_VERSION.version}`,
    status: 'completed',
    authored: authored.toISOString(),
    item,
  };
}
