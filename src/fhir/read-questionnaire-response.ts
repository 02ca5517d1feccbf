import type { Answers } from '../answers/answers';
import { stepSchemas } from '../answers/answers';
import { savedBodySizeSchema } from '../answers/body-size-schema';
import type { QuestionDeclaration } from '../answers/question-kinds';
import { QUESTION_PAGES } from '../answers/question-pages';
import { STEP_IDS, isStepId, type StepId } from '../answers/step-ids';
import { CONTENT_VERSION } from '../content/content-version';
import { isLocale, type Locale } from '../i18n/locales';
import { feetAndInches, toImperial, toMetric } from '../answers/unit-conversion';
import { HEIGHT_UNITS, QUESTIONNAIRE_URL, WEIGHT_UNITS, answerSystem, questionLinkId } from './fhir-identity';

/**
 * The largest file read: a response with every page answered and every box full is some 40 KB;
 * anything far bigger is not one of ours, and is refused before it is parsed.
 */
export const SAVED_FILE_MAX_BYTES = 256 * 1024;

export type RefusalReason =
  /** Bigger than any response this app writes. */
  | 'too-large'
  /** Not JSON: a truncated download, or another kind of file. */
  | 'not-json'
  /** JSON, but not a FHIR QuestionnaireResponse. */
  | 'not-a-response'
  /** A QuestionnaireResponse to another questionnaire. */
  | 'other-questionnaire'
  /** Ours and of this version, but with answers the questions do not allow: damaged or edited by hand. */
  | 'damaged'
  /** Ours, but not one page in it could be used. */
  | 'nothing-usable';

export type ReadResult =
  | {
      status: 'loaded';
      answers: Answers;
      /** The language the answers were given in, when the file says. */
      locale?: Locale;
      /** Pages whose answers no longer fit this version of the questions (or were damaged), in page order. */
      dropped: StepId[];
      /** The content version the file was written with, when it is not this one. */
      otherVersion?: string;
    }
  | { status: 'refused'; reason: RefusalReason };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** The answers given to one question, found by linkId anywhere under the page's group. */
function answersTo(group: Record<string, unknown>, linkId: string): Record<string, unknown>[] {
  for (const item of list(group.item)) {
    if (item.linkId === linkId) return list(item.answer);
    const nested = answersTo(item, linkId);
    if (nested.length > 0) return nested;
  }
  return [];
}

/** The option codes chosen, if every one is a coding of this question's own system. */
function codesOf(answers: Record<string, unknown>[], system: string): string[] | undefined {
  const codes: string[] = [];
  for (const answer of answers) {
    const coding = answer.valueCoding;
    if (!isRecord(coding) || typeof coding.code !== 'string') return undefined;
    if (coding.system !== undefined && coding.system !== system) return undefined;
    codes.push(coding.code);
  }
  return codes;
}

function quantityOf(answers: Record<string, unknown>[]): { value: number; code: string } | undefined {
  const quantity = answers[0]?.valueQuantity;
  if (!isRecord(quantity) || typeof quantity.value !== 'number' || typeof quantity.code !== 'string') return undefined;
  return { value: quantity.value, code: quantity.code };
}

type Measured = { value: number; code: string } | undefined;

/** A height in centimetres, from either unit the Questionnaire offers; undefined for no height or another unit. */
function heightInCentimetres(height: Measured): number | undefined {
  if (height?.code === HEIGHT_UNITS.metric) return height.value;
  if (height?.code === HEIGHT_UNITS.imperial) {
    return toMetric(feetAndInches(height.value)).centimetres;
  }
  return undefined;
}

/**
 * Height and weight back into the page's boxes, in the unit system the person chose. A quantity
 * in the other system's unit (both are offered: LHC-Forms, for one, starts every box in
 * centimetres and kilograms) is converted, as the page converts when the units are switched;
 * undefined when a quantity is in a unit the Questionnaire does not offer.
 */
function bodySizeValues(group: Record<string, unknown>, units: unknown): Record<string, unknown> | undefined {
  if (units !== 'imperial' && units !== 'metric') return undefined;
  const height = quantityOf(answersTo(group, questionLinkId('body-size', 'height')));
  const weight = quantityOf(answersTo(group, questionLinkId('body-size', 'weight')));
  const offered = (quantity: Measured, codes: Readonly<Record<string, string>>) =>
    quantity === undefined || Object.values(codes).includes(quantity.code);
  if (!offered(height, HEIGHT_UNITS) || !offered(weight, WEIGHT_UNITS)) return undefined;

  if (units === 'imperial') {
    const given = height?.code === HEIGHT_UNITS.imperial ? feetAndInches(height.value) : undefined;
    const fromMetric = toImperial({
      centimetres: height?.code === HEIGHT_UNITS.metric ? height.value : undefined,
      kilograms: weight?.code === WEIGHT_UNITS.metric ? weight.value : undefined,
    });
    return {
      units,
      feet: given?.feet ?? fromMetric.feet,
      inches: given?.inches ?? fromMetric.inches,
      pounds: weight?.code === WEIGHT_UNITS.imperial ? weight.value : fromMetric.pounds,
    };
  }
  const kilograms =
    weight?.code === WEIGHT_UNITS.imperial ? toMetric({ pounds: weight.value }).kilograms : weight?.value;
  return { units, centimetres: heightInCentimetres(height), kilograms };
}

/** A page whose group leaves a choice unanswered: another form tool saved it part-way. */
const INCOMPLETE = 'incomplete';

/**
 * One page's values from its group, shaped as the app saves them (the page's schema then checks
 * them); undefined when an answer cannot be one of ours at all.
 */
function pageValues(
  step: StepId,
  group: Record<string, unknown>,
): Record<string, unknown> | typeof INCOMPLETE | undefined {
  const values: Record<string, unknown> = {};
  for (const [field, declaration] of Object.entries(QUESTION_PAGES[step].fields) as [string, QuestionDeclaration][]) {
    const linkId = questionLinkId(step, field);
    const given = answersTo(group, linkId);
    if (declaration.kind === 'radio' || declaration.kind === 'checkbox') {
      const codes = codesOf(given, answerSystem(linkId));
      if (codes === undefined) return undefined;
      if (codes.length === 0) return INCOMPLETE;
      if (declaration.kind === 'checkbox') values[field] = codes;
      else if (codes.length === 1) values[field] = codes[0];
      else return undefined;
    } else if (declaration.kind === 'text') {
      const text = given[0]?.valueString;
      if (text !== undefined) values[field] = text;
    }
  }
  return step === 'body-size' ? bodySizeValues(group, values.units) : values;
}

function checkedPage(step: StepId, values: Record<string, unknown>): unknown {
  const schema = step === 'body-size' ? savedBodySizeSchema : stepSchemas[step];
  const result = schema.safeParse(values);
  return result.success ? result.data : undefined;
}

/**
 * Reads a file the person chose, on the device: a FHIR QuestionnaireResponse to this
 * questionnaire, written by this app or by another form tool (LHC-Forms, a clinic's system).
 * Checked as stored progress is: its shape, its questionnaire, and every page by that page's own
 * schema. From another content version, a page that no longer fits is dropped and named and the
 * rest loads; from this version, a page that does not fit refuses the file. Nothing here touches
 * the answers already on the device.
 */
export function readQuestionnaireResponse(text: string): ReadResult {
  if (text.length > SAVED_FILE_MAX_BYTES) return { status: 'refused', reason: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { status: 'refused', reason: 'not-json' };
  }
  if (!isRecord(parsed) || parsed.resourceType !== 'QuestionnaireResponse') {
    return { status: 'refused', reason: 'not-a-response' };
  }
  const [url, version] = typeof parsed.questionnaire === 'string' ? parsed.questionnaire.split('|') : [];
  if (url !== QUESTIONNAIRE_URL) return { status: 'refused', reason: 'other-questionnaire' };

  const groups = new Map<StepId, Record<string, unknown>>();
  for (const item of list(parsed.item)) {
    if (isStepId(item.linkId) && !groups.has(item.linkId)) groups.set(item.linkId, item);
  }
  const answers: Record<string, unknown> = {};
  const dropped: StepId[] = [];
  for (const step of STEP_IDS) {
    const group = groups.get(step);
    if (!group) continue;
    const values = pageValues(step, group);
    // A page left part-way is a page still to answer, as in the app itself.
    if (values === INCOMPLETE) continue;
    const checked = values === undefined ? undefined : checkedPage(step, values);
    if (checked === undefined) dropped.push(step);
    else answers[step] = checked;
  }
  const sameVersion = version === undefined || version === CONTENT_VERSION.version;
  // Answers this very version of the questions could not have given mean the file was damaged or
  // edited: like a tampered stored session, it is not trusted at all. From another version, the
  // questions themselves may have changed, so what still fits loads.
  if (sameVersion && dropped.length > 0) return { status: 'refused', reason: 'damaged' };
  if (Object.keys(answers).length === 0) return { status: 'refused', reason: 'nothing-usable' };
  return {
    status: 'loaded',
    // Each page was checked by its own schema just above, which TypeScript cannot follow key by key.
    answers: answers as Answers,
    ...(isLocale(parsed.language) ? { locale: parsed.language } : {}),
    dropped,
    ...(sameVersion ? {} : { otherVersion: version }),
  };
}
