import type { SummaryMessages } from '../../src/i18n/messages';
import { SOURCES, locatorAddress, type SourceId } from '../../rules/sources';

/** A source as the sheet prints it: its title, then each detail that locates it, one line each. */
export interface SourceWords {
  title: string;
  /** Web addresses in these are shown as links. */
  details: string[];
}

/**
 * The one place that knows how a source is stored: its kind (in the English catalog's words), its
 * citation as published, and the address its locator opens (decision 0015).
 */
export function sourceWords(id: SourceId, summary: SummaryMessages): SourceWords {
  const { kind, citation, locator } = SOURCES[id];
  return { title: `${summary.summaryPage.sourceKinds[kind]}: ${citation}`, details: [locatorAddress(locator)] };
}

/** The title and details as one run of sentences, each part rendered (escaped, linked) on its own. */
export function sourceSentences({ title, details }: SourceWords, render: (part: string) => string): string {
  const parts = [title, ...details];
  return parts
    .map((part, index) => {
      const before = parts[index - 1];
      if (before === undefined) return render(part);
      return `${/[.?!]$/.test(before) ? ' ' : '. '}${render(part)}`;
    })
    .join('');
}
