import type { PageSectionId } from '../answers/page-sections';
import { QUESTION_PAGES } from '../answers/question-pages';
import type { StepId } from '../answers/step-ids';
import type { Messages } from '../i18n/messages';
import type { OptionText } from '../i18n/page-text-types';

export interface Option extends OptionText {
  value: string;
  /** The text box that opens under this option while it is ticked. */
  reveals?: TextQuestion;
}

export interface ChoiceQuestion {
  kind: 'radio' | 'checkbox';
  name: string;
  legend: string;
  hint?: string;
  options: readonly Option[];
  /** The "None of these" option of a checkbox list: exclusive, shown after an "or" divider. */
  noneValue?: string;
  /** "I am not sure": exclusive with "None of these" only. */
  unsureValue?: string;
  /** The option the "or" divider goes before: the first of "I am not sure", "None", "Prefer not to say". */
  dividerBefore?: string;
  shortLabel: string;
}

export interface TextQuestion {
  kind: 'text';
  name: string;
  label: string;
  hint?: string;
  shortLabel: string;
  /** Set for a box shown under an option of a checkbox field: the page draws it there, not on its own. */
  revealedBy?: { field: string; value: string };
}

export type Question = ChoiceQuestion | TextQuestion;

/** A question as its page asks it: a box's label, a group's legend. */
export function questionText(question: Question): string {
  return question.kind === 'text' ? question.label : question.legend;
}

/** A question page ready to render: its declaration with the active language's words. */
export interface PageContent {
  section: PageSectionId;
  title: string;
  lead?: string;
  /** The questions asked in words, in page order; measured boxes (height, weight) are laid out by their page. */
  questions: readonly Question[];
}

/**
 * The words of one question as the catalog holds them. Each page's words are checked against its
 * declaration where the catalog is typed; here any page's words are read alike.
 */
interface QuestionWords {
  legend?: string;
  label?: string;
  hint?: string;
  shortLabel: string;
  options?: Readonly<Record<string, string | OptionText>>;
}

/** Joins a page's declaration with the active catalog's words for it. */
export function pageContent(step: StepId, messages: Messages): PageContent {
  const declaration: (typeof QUESTION_PAGES)[StepId] = QUESTION_PAGES[step];
  const text = messages.pages[step];
  const words: Readonly<Record<string, QuestionWords>> = text.questions;
  const questions: Question[] = [];
  for (const [name, question] of Object.entries(declaration.fields)) {
    if (question.kind === 'measure') continue;
    const { legend = '', label = '', hint, shortLabel, options = {} } = words[name] ?? { shortLabel: '' };
    if (question.kind === 'text') {
      questions.push({ kind: 'text', name, label, hint, shortLabel, revealedBy: question.revealedBy });
      continue;
    }
    const noneValue = 'none' in question ? question.none : undefined;
    const unsureValue = 'unsure' in question ? question.unsure : undefined;
    const apartValue = 'apart' in question ? question.apart : undefined;
    questions.push({
      kind: question.kind,
      name,
      legend,
      hint,
      shortLabel,
      noneValue,
      unsureValue,
      dividerBefore: unsureValue ?? noneValue ?? apartValue,
      options: question.values.map((value: string) => {
        const option = options[value] ?? value;
        return typeof option === 'string' ? { value, label: option } : { value, ...option };
      }),
    });
  }
  // Each revealed box is joined to the option that opens it.
  for (const box of questions) {
    if (box.kind !== 'text' || !box.revealedBy) continue;
    const { field, value } = box.revealedBy;
    const owner = questions.find((question) => question.name === field);
    if (owner?.kind !== 'text') {
      const index = owner?.options.findIndex((option) => option.value === value) ?? -1;
      if (owner && index >= 0) {
        owner.options = owner.options.map((option, i) => (i === index ? { ...option, reveals: box } : option));
      }
    }
  }
  return { section: declaration.section, title: text.title, lead: 'lead' in text ? text.lead : undefined, questions };
}
