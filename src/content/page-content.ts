import type { PageSectionId } from '../answers/page-sections';
import { QUESTION_PAGES } from '../answers/question-pages';
import type { StepId } from '../answers/step-ids';
import type { Messages } from '../i18n/messages';
import type { OptionText } from '../i18n/page-text-types';

export interface Option extends OptionText {
  value: string;
}

export interface ChoiceQuestion {
  kind: 'radio' | 'checkbox';
  name: string;
  legend: string;
  hint?: string;
  options: readonly Option[];
  /** The "None of these" option of a checkbox list: exclusive, shown after an "or" divider. */
  noneValue?: string;
  shortLabel: string;
}

export interface TextQuestion {
  kind: 'text';
  name: string;
  label: string;
  hint?: string;
  shortLabel: string;
}

export type Question = ChoiceQuestion | TextQuestion;

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
      questions.push({ kind: 'text', name, label, hint, shortLabel });
      continue;
    }
    questions.push({
      kind: question.kind,
      name,
      legend,
      hint,
      shortLabel,
      noneValue: 'none' in question ? question.none : undefined,
      options: question.values.map((value: string) => {
        const option = options[value] ?? value;
        return typeof option === 'string' ? { value, label: option } : { value, ...option };
      }),
    });
  }
  return { section: declaration.section, title: text.title, lead: 'lead' in text ? text.lead : undefined, questions };
}
