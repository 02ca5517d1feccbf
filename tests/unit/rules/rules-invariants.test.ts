import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../rules/all-rules';
import type { Rule } from '../../../rules/rule';
import { TIERS, isPersonalTier } from '../../../rules/tiers';
import { TOPICS } from '../../../rules/topics';
import { SOURCES, SOURCE_IDS, locatorAddress, type Source, type SourceId } from '../../../rules/sources';
import { summaryPoints } from '../../../rules/summary-points';
import { SURE_SOURCES } from '../../../rules/decision-aid';
import { OPTION_COLUMNS, gridSources, type OptionColumnId } from '../../../rules/option-grid';
import { quiet } from '../../support/answers/quiet-answers';
import { allWordsEn, allWordsEs } from '../../support/all-words';

const { points: ruleTextEn } = allWordsEn;
const tierTextEn = allWordsEn.summaryPage.tiers;
const { points: ruleTextEs } = allWordsEs;
const tierTextEs = allWordsEs.summaryPage.tiers;

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('rules', () => {
  it('have unique ids', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ALL_RULES)('$id has a kebab-case id', ({ id }) => {
    expect(id).toMatch(KEBAB_CASE);
  });

  // That a rule's section and sources are known ids, and that it cites at least one source, is
  // the Rule type's job (`section: SectionId`, `sources: readonly [SourceId, ...SourceId[]]`):
  // tsc fails first. A source cited twice is not something the type can see.
  it.each(ALL_RULES)('$id cites each of its sources once', ({ sources }) => {
    expect(new Set(sources).size).toBe(sources.length);
  });
});

/**
 * Each language's text table, with what a sentence starts with there: Spanish questions open
 * with "¿" and capitals may carry accents. The "no verdict" words are each language's own.
 */
const LANGUAGES = [
  { language: 'English', points: ruleTextEn, start: /^[A-Z]/, verdict: /candidate/, overstated: /no stud(y|ies)/ },
  {
    language: 'Spanish',
    points: ruleTextEs,
    start: /^[¿¡]?[A-ZÁÉÍÓÚÑ]/,
    verdict: /candidat[oa]/,
    overstated: /ningún estudio|no hay estudios/,
  },
] as const;

describe.each(LANGUAGES)('the $language text of each rule', ({ points, start, verdict, overstated }) => {
  it.each(ALL_RULES)('$id has a point that is a short action ending in a full stop', ({ id }) => {
    const { point } = points[id];
    expect(point.trim()).toBe(point);
    expect(point.length).toBeGreaterThan(10);
    expect(point.length).toBeLessThanOrEqual(260);
    expect(point).toMatch(start);
    expect(point).toMatch(/[.?]$/);
  });

  it.each(ALL_RULES)('$id has a why of exactly one sentence', ({ id }) => {
    const { why } = points[id];
    expect(why.trim()).toBe(why);
    expect(why).toMatch(start);
    expect(why).toMatch(/[^.]\.$/);
    // A second sentence would show as a full stop, question or exclamation mark followed by more text.
    expect(why.slice(0, -1)).not.toMatch(/[.!?](\s|$)/);
  });

  // The brief's voice: never a verdict on the person, and never "no study" about laser.
  it.each(ALL_RULES)('$id gives no verdict and does not overstate the evidence', ({ id }) => {
    const text = `${points[id].point} ${points[id].why}`.toLowerCase();
    expect(text).not.toMatch(verdict);
    expect(text).not.toMatch(overstated);
  });

  // Merged points: one board point, one clot point, one medicines point. Two rules that ask the
  // same thing in the same words would print twice for someone.
  it('has no two points with the same action', () => {
    const actions = ALL_RULES.map(({ id }) => points[id].point);
    expect(actions.filter((action, index) => actions.indexOf(action) !== index)).toEqual([]);
  });

  // That each language has text for exactly the rules there are is the RuleTexts mapped type's
  // job: a missing or unknown id fails to compile.
});

describe('the two languages', () => {
  it('say different things in different words: no rule is left untranslated', () => {
    const same = ALL_RULES.filter(
      ({ id }) => ruleTextEn[id].point === ruleTextEs[id].point || ruleTextEn[id].why === ruleTextEs[id].why,
    );
    expect(same.map((rule) => rule.id)).toEqual([]);
  });
});

/** The path a link to each scholarly index must have: a DOI (10.prefix/suffix), a PubMed id, a PubMed Central id. */
const LOCATOR_SHAPES: Readonly<Record<string, RegExp>> = {
  'doi.org': /^\/10\.\d{4,9}\/\S+$/,
  'pubmed.ncbi.nlm.nih.gov': /^\/\d{1,9}\/?$/,
  'pmc.ncbi.nlm.nih.gov': /^\/articles\/PMC\d+\/?$/,
};

/**
 * Words that belong in the project's notes, not on a patient's printout: where a source came
 * from, that it was not found, that it was seen only through another source.
 */
const WORKING_NOTES =
  /seed|provided to the project|second-hand|no single address|not found|unconfirmed|several .*websites|homepage|\(search /i;

const sources = SOURCE_IDS.map((id) => ({ id, ...(SOURCES[id] as Source) }));

describe('sources', () => {
  it.each(sources)('$id has a locator: a DOI, a PubMed id or a web address of the right shape', ({ id, locator }) => {
    const doi = 'doi' in locator ? locator.doi : undefined;
    const pmid = 'pmid' in locator ? locator.pmid : undefined;
    const url = 'url' in locator ? locator.url : undefined;
    expect(doi ?? pmid ?? url).toBeTruthy();
    if (doi) expect(doi).toMatch(/^10\.\d{4,9}\/\S+$/);
    if (pmid) expect(pmid).toMatch(/^\d{1,9}$/);
    // A reader types these off the printout: a working https address, and a DOI, PubMed or
    // PubMed Central link carries an identifier of that kind's shape.
    const address = new URL(locatorAddress(locator));
    expect(address.protocol).toBe('https:');
    expect(address.hostname).toMatch(/^([a-z0-9-]+\.)+[a-z]{2,}$/);
    const shape = LOCATOR_SHAPES[address.hostname];
    if (shape) expect(address.pathname).toMatch(shape);
    // A bare domain is a homepage, not a source, except for an organisation cited as a whole.
    if (address.pathname === '/' && !address.search) expect(id).toBe('accreditation');
  });

  it.each(sources)('$id has a full citation, with no working notes', ({ citation }) => {
    expect(citation.trim()).toBe(citation);
    expect(citation.length).toBeGreaterThan(20);
    expect(citation).toMatch(/[.?]\)?$/);
    expect(citation).not.toMatch(WORKING_NOTES);
  });

  it('are each listed once, and each is cited by a rule, the options grid or the SURE questions: the list holds nothing the summary cannot cite', () => {
    const locators = sources.map(({ locator }) => locatorAddress(locator));
    expect(new Set(locators).size).toBe(locators.length);
    const cited = new Set<SourceId>([
      ...ALL_RULES.flatMap((rule) => rule.sources),
      ...gridSources(Object.keys(OPTION_COLUMNS) as OptionColumnId[]),
      ...SURE_SOURCES,
    ]);
    expect(SOURCE_IDS.filter((id) => !cited.has(id))).toEqual([]);
  });

  // The review's order of preference: a clinic's page only where nothing better says the same.
  it('keep clinic websites to a few, and never the only source of a point someone with nothing personal gets', () => {
    expect(sources.filter(({ kind }) => kind === 'clinic').length).toBeLessThanOrEqual(4);
    for (const point of summaryPoints(quiet())) {
      const kinds = point.sources.map((id) => SOURCES[id].kind);
      expect(
        kinds.some((kind) => kind !== 'clinic'),
        point.id,
      ).toBe(true);
    }
  });
});

describe('tiers', () => {
  it('run from urgent to the checklist, each with a title in both languages', () => {
    expect(TIERS).toEqual(['urgent', 'doctor-first', 'safety', 'expectations', 'checklist']);
    const english = TIERS.map((tier) => tierTextEn[tier]);
    const spanish = TIERS.map((tier) => tierTextEs[tier]);
    expect(new Set(english).size).toBe(TIERS.length);
    expect(new Set(spanish).size).toBe(TIERS.length);
    for (const tier of TIERS) expect(tierTextEs[tier]).not.toBe(tierTextEn[tier]);
  });

  it('each hold at least one rule', () => {
    expect(TIERS.filter((tier) => !ALL_RULES.some((rule) => rule.tier === tier))).toEqual([]);
  });

  // Urgent rules are shown the moment they are ticked, with their own words: nothing else is urgent.
  it('keep the urgent tier and the urgent section together', () => {
    for (const rule of ALL_RULES) expect(rule.tier === 'urgent', rule.id).toBe(rule.section === 'urgent');
  });

  // A point there because of the person's answers says which answers: "You said: …".
  it.each(ALL_RULES.filter((rule) => isPersonalTier(rule.tier)))('$id names the answers it rests on', ({ because }) => {
    expect(because.length).toBeGreaterThan(0);
  });
});

describe('topics', () => {
  it.each(TOPICS)('%s has at least two variants (otherwise it is not a topic)', (topic) => {
    expect((ALL_RULES as readonly Rule[]).filter((rule) => rule.topic === topic).length).toBeGreaterThanOrEqual(2);
  });
});
