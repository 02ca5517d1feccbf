import type { StepId } from '../answers/step-ids';
import type { Messages } from '../i18n/messages';
import type { OptionText } from '../i18n/page-text-types';
import { PAGE_LAYOUTS } from './page-layouts';
import type { ProgressSectionId } from './progress-sections';

export interface Option extends OptionText {
  value: string;
}

export interface ChoiceQuestion {
  kind: 'radio' | 'checkbox';
  name: string;
  legend: string;
  hint?: string;
  options: readonly Option[];
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

/** A question page ready to render: its layout with the active language's words. */
export interface PageContent {
  section: ProgressSectionId;
  title: string;
  lead?: string;
  questions: readonly Question[];
}

/**
 * The words of one question as the catalog holds them. Each page's text type is checked against
 * its schema where the catalog is written; here any page's text is read alike.
 */
interface QuestionWords {
  legend?: string;
  label?: string;
  hint?: string;
  shortLabel: string;
  options?: Readonly<Record<string, string | OptionText>>;
}

/** Joins a page's layout with the active catalog's words for it. */
export function pageContent(step: StepId, messages: Messages): PageContent {
  const layout = PAGE_LAYOUTS[step];
  const text = messages.pages[step];
  const words: Readonly<Record<string, QuestionWords>> = text.questions;
  return {
    section: layout.section,
    title: text.title,
    lead: 'lead' in text ? text.lead : undefined,
    questions: layout.questions.map((question): Question => {
      const { legend = '', label = '', hint, shortLabel, options = {} } = words[question.name] ?? { shortLabel: '' };
      if (question.kind === 'text') return { kind: 'text', name: question.name, label, hint, shortLabel };
      return {
        kind: question.kind,
        name: question.name,
        legend,
        hint,
        shortLabel,
        noneValue: 'noneValue' in question ? question.noneValue : undefined,
        options: question.values.map((value) => {
          const option = options[value] ?? value;
          return typeof option === 'string' ? { value, label: option } : { value, ...option };
        }),
      };
    }),
  };
}
