import type { Locator } from '../../rules/sources';

/**
 * A source as paper names it: who (the first author and "et al.", or the organisation) and when,
 * before the locator. Paper holds up to forty sources for a complex history; printed whole they
 * took a page of their own, and the locator is what lets anyone look a source up (decision 0018).
 * The screen keeps the citation as published.
 */
export function shortCitation(citation: string): string {
  const end = citation.indexOf('. ');
  const who = (end === -1 ? citation : citation.slice(0, end)).replace(/\.$/, '');
  // "Légaré F, Kearing S, Clay K, et al": an author list, surname and initials, names the first author.
  const firstAuthor = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)* \p{Lu}{1,3}),/u.exec(who)?.[1];
  // A citation that is one long sentence is named by what comes before its colon.
  const name = firstAuthor ? `${firstAuthor} et al` : who.split(': ')[0];
  const year = /\b(?:19|20)\d{2}\b/.exec(citation)?.[0];
  return year ? `${name}, ${year}.` : `${name}.`;
}

/**
 * A locator as paper prints it, in the short forms people type into a search box: "doi:…",
 * "PMID …", or the address without its scheme.
 */
export function printedLocator(locator: Locator): string {
  if ('doi' in locator) return `doi:${locator.doi}`;
  if ('pmid' in locator) return `PMID ${locator.pmid}`;
  return locator.url.replace(/^https?:\/\//, '');
}
