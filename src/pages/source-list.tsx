import { SOURCES, locatorAddress, type SourceId } from '../../rules/sources';
import { useSummaryMessages } from '../i18n/i18n-context';
import { printedLocator, shortCitation } from './short-citation';

interface SourceListProps {
  /** In the order the page cites them, so the numbers run [1], [2], [3]. */
  sources: readonly SourceId[];
  /** Cited only by points the person kept off paper: listed on screen, not printed. */
  printed: ReadonlySet<SourceId>;
}

/**
 * The numbered sources: what kind each is, its citation as published, and its locator. On screen
 * the locator is a link the person may follow (their own navigation: a new tab, no referrer, so
 * the source's site learns nothing about this page); on paper the citation is shortened to who and
 * when, and the locator is printed in full.
 */
export function SourceList({ sources, printed }: SourceListProps) {
  const words = useSummaryMessages().summaryPage;
  return (
    <ol className="source-list">
      {sources.map((id) => {
        const { kind, citation, locator } = SOURCES[id];
        const address = locatorAddress(locator);
        return (
          <li key={id} id={`source-${id}`} className={printed.has(id) ? undefined : 'no-print'}>
            <span className="source-list__kind">{words.sourceKinds[kind]}.</span>{' '}
            <span className="source-list__citation">{citation}</span>
            <span className="source-list__short">{shortCitation(citation)}</span>{' '}
            <span className="source-list__printed">{printedLocator(locator)}</span>
            <a href={address} target="_blank" rel="noreferrer" className="source-list__link">
              {address}
              <span className="visually-hidden"> ({words.newTab})</span>
            </a>
          </li>
        );
      })}
    </ol>
  );
}
