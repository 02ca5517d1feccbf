import type { SummaryMessages } from '../../src/i18n/messages';
import type { SourceId } from '../../rules/sources';

/** A source as the sheet prints it: its title, then each detail that locates it, one line each. */
export interface SourceWords {
  title: string;
  /** Web addresses in these are shown as links. */
  details: string[];
}

/**
 * The one place that knows how a source is stored. Today each catalog gives a title and an
 * address; when sources gain a kind, a citation and locators, only this function changes.
 */
export function sourceWords(id: SourceId, summary: SummaryMessages): SourceWords {
  const { title, address } = summary.sources[id];
  return { title, details: [address] };
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
