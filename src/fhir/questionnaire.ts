import type {
  Coding,
  Element,
  Extension,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
  QuestionnaireItemEnableWhen,
} from 'fhir/r4';
import { QUESTION_PAGES } from '../answers/question-pages';
import type { QuestionDeclaration } from '../answers/question-kinds';
import { STEP_IDS, type StepId } from '../answers/step-ids';
import { CONTENT_VERSION } from '../content/content-version';
import { pageContent, questionText, type Question } from '../content/page-content';
import { pageConditions } from '../flow/page-conditions';
import { routeConditions, type AnswerCondition } from '../flow/route-guards';
import { fill } from '../i18n/fill';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import { urgentRules } from '../../rules/rules-urgent';
import {
  EXTENSIONS,
  HEIGHT_UNITS,
  ITEM_CONTROL_SYSTEM,
  QUESTIONNAIRE_URL,
  SDC_QUESTIONNAIRE_PROFILE,
  UCUM,
  UNIT_SYMBOL,
  WEIGHT_UNITS,
  answerSystem,
  questionLinkId,
} from './fhir-identity';

/** The catalogs of every language: English is the Questionnaire's own language, the rest are translations. */
export type Catalogs = Readonly<Record<Locale, Messages>>;

/** One text in English with the other languages in the standard translation extension. */
interface Words {
  text: string;
  translations: Partial<Record<Locale, string>>;
}

function words(catalogs: Catalogs, pick: (messages: Messages, locale: Locale) => string): Words {
  const translations: Partial<Record<Locale, string>> = {};
  for (const locale of Object.keys(catalogs) as Locale[]) {
    if (locale !== 'en') translations[locale] = pick(catalogs[locale], locale);
  }
  return { text: pick(catalogs.en, 'en'), translations };
}

function translationElement({ translations }: Words): Element {
  return {
    extension: Object.entries(translations).map(([lang, content]) => ({
      url: EXTENSIONS.translation,
      extension: [
        { url: 'lang', valueCode: lang },
        { url: 'content', valueString: content },
      ],
    })),
  };
}

function textOf(value: Words): Pick<QuestionnaireItem, 'text' | '_text'> {
  return { text: value.text, _text: translationElement(value) };
}

function itemControl(code: string): Extension {
  return {
    url: EXTENSIONS.itemControl,
    valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code }] },
  };
}

/** The coding of one option: its system is the question's, its code the value the answer schema accepts. */
export function optionCoding(step: StepId, field: string, value: string): Coding {
  return { system: answerSystem(questionLinkId(step, field)), code: value };
}

/** A route condition as `enableWhen`: the field's answer is (or, for a checkbox list, includes) one of the options. */
export function enableWhenOf(condition: AnswerCondition): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  const enableWhen: QuestionnaireItemEnableWhen[] = condition.anyOf.map((value) => ({
    question: questionLinkId(condition.step, condition.field),
    operator: '=',
    answerCoding: optionCoding(condition.step, condition.field, value),
  }));
  return enableWhen.length > 1 ? { enableWhen, enableBehavior: 'any' } : { enableWhen };
}

/** The words of one asked question in every language, found by its field name. */
function questionIn(catalogs: Catalogs, step: StepId, field: string): Record<Locale, Question> {
  const found = {} as Record<Locale, Question>;
  for (const locale of Object.keys(catalogs) as Locale[]) {
    const question = pageContent(step, catalogs[locale]).questions.find((each) => each.name === field);
    if (!question) throw new Error(`No words for ${step}.${field} in ${locale}`);
    found[locale] = question;
  }
  return found;
}

function choiceItem(
  catalogs: Catalogs,
  step: StepId,
  field: string,
  declaration: Extract<QuestionDeclaration, { kind: 'radio' | 'checkbox' }>,
): QuestionnaireItem {
  const asked = questionIn(catalogs, step, field);
  const optionLabel = (locale: Locale, value: string) => {
    const question = asked[locale];
    const option = question.kind === 'text' ? undefined : question.options.find((each) => each.value === value);
    return option?.label ?? value;
  };
  const exclusive = declaration.kind === 'checkbox' ? declaration.none : undefined;
  const answerOption: QuestionnaireItemAnswerOption[] = declaration.values.map((value: string) => {
    const display = words(catalogs, (_, locale) => optionLabel(locale, value));
    return {
      ...(value === exclusive ? { extension: [{ url: EXTENSIONS.optionExclusive, valueBoolean: true }] } : {}),
      valueCoding: {
        ...optionCoding(step, field, value),
        display: display.text,
        _display: translationElement(display),
      },
    };
  });
  return {
    linkId: questionLinkId(step, field),
    ...textOf(words(catalogs, (_, locale) => questionText(asked[locale]))),
    type: 'choice',
    required: true,
    ...(declaration.kind === 'checkbox' ? { repeats: true } : {}),
    extension: [itemControl(declaration.kind === 'checkbox' ? 'check-box' : 'radio-button')],
    answerOption,
  };
}

function textItem(
  catalogs: Catalogs,
  step: StepId,
  field: string,
  declaration: Extract<QuestionDeclaration, { kind: 'text' }>,
): QuestionnaireItem {
  const asked = questionIn(catalogs, step, field);
  const revealed = declaration.revealedBy;
  return {
    linkId: questionLinkId(step, field),
    ...textOf(words(catalogs, (_, locale) => questionText(asked[locale]))),
    // Longer boxes are "text" (a text area), a line is "string".
    type: declaration.max > 150 ? 'text' : 'string',
    maxLength: declaration.max,
    ...(revealed ? enableWhenOf({ step, field: revealed.field, anyOf: [revealed.value] }) : {}),
  };
}

/** Height and weight: a quantity each, in the units of either system the page offers. */
function bodySizeItems(catalogs: Catalogs): QuestionnaireItem[] {
  const quantity = (
    field: 'height' | 'weight',
    units: Readonly<Record<'metric' | 'imperial', keyof typeof UNIT_SYMBOL>>,
  ): QuestionnaireItem => ({
    linkId: questionLinkId('body-size', field),
    ...textOf(words(catalogs, (messages) => messages.ui.bodySize[field])),
    type: 'quantity',
    extension: Object.values(units).map((code) => ({
      url: EXTENSIONS.unitOption,
      valueCoding: { system: UCUM, code, display: UNIT_SYMBOL[code] },
    })),
  });
  return [quantity('height', HEIGHT_UNITS), quantity('weight', WEIGHT_UNITS)];
}

/** What a page asks, field by field; height and weight as quantities after the units question. */
function pageItems(catalogs: Catalogs, step: StepId): QuestionnaireItem[] {
  const items: QuestionnaireItem[] = [];
  for (const [field, declaration] of Object.entries(QUESTION_PAGES[step].fields) as [string, QuestionDeclaration][]) {
    if (declaration.kind === 'radio' || declaration.kind === 'checkbox') {
      items.push(choiceItem(catalogs, step, field, declaration));
    } else if (declaration.kind === 'text') {
      items.push(textItem(catalogs, step, field, declaration));
    }
  }
  if (step === 'body-size') items.push(...bodySizeItems(catalogs));
  // A page with nothing to answer (the options side by side) says what it is for.
  if (items.length === 0) {
    items.push({
      linkId: `${step}.about`,
      ...textOf(words(catalogs, (messages) => pageContent(step, messages).lead ?? messages.pages[step].title)),
      type: 'display',
    });
  }
  return items;
}

/** The urgent notices, shown under the symptoms page while a symptom that cannot wait is ticked. */
function urgentNotices(catalogs: Catalogs): QuestionnaireItem[] {
  return urgentRules.map((rule) => {
    const [answer] = rule.because;
    if (!answer?.field || !answer.only) throw new Error(`${rule.id} rests on no single answer`);
    const notice = (messages: Messages) => {
      const text = messages.urgentPoints[rule.id];
      return `${fill(text.point, { number: messages.ui.urgent.localNumber })} ${text.why}`;
    };
    return {
      linkId: `${answer.step}.${rule.id}`,
      ...textOf(words(catalogs, notice)),
      type: 'display',
      ...enableWhenOf({ step: answer.step, field: answer.field, anyOf: answer.only }),
    };
  });
}

/**
 * The questionnaire as a FHIR R4 Questionnaire (SDC): one group per page in route order, each
 * enabled under the route condition that puts the page on the route, built from the same page
 * declarations, flow table and catalogs as the app. Written to dist/fhir/questionnaire.json by
 * the build (scripts/fhir-package.mjs), never by hand.
 */
export function buildQuestionnaire(catalogs: Catalogs): Questionnaire {
  const conditions = pageConditions();
  const urgentStep = urgentRules[0].because[0].step;
  const title = words(catalogs, (messages) => messages.ui.app.title);
  return {
    resourceType: 'Questionnaire',
    id: 'calf-ankle-prep',
    meta: { profile: [SDC_QUESTIONNAIRE_PROFILE] },
    language: 'en',
    url: QUESTIONNAIRE_URL,
    version: CONTENT_VERSION.version,
    name: 'CalfAnklePrep',
    title: title.text,
    _title: translationElement(title),
    status: 'active',
    date: CONTENT_VERSION.reviewed,
    subjectType: ['Patient'],
    item: STEP_IDS.map((step) => {
      const condition = conditions[step];
      return {
        linkId: step,
        ...textOf(words(catalogs, (messages) => messages.pages[step].title)),
        type: 'group',
        ...(condition === 'always' ? {} : enableWhenOf(routeConditions[condition])),
        item: [...pageItems(catalogs, step), ...(step === urgentStep ? urgentNotices(catalogs) : [])],
      } satisfies QuestionnaireItem;
    }),
  };
}
