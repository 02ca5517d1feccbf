import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../rules/all-rules';
import { SECTIONS } from '../../../rules/sections';
import { SOURCE_IDS, type SourceId } from '../../../rules/sources';
import { allWordsEn, allWordsEs } from '../../support/all-words';

const { points: ruleTextEn, summarySections: sectionTextEn, sources: sourceTextEn } = allWordsEn;
const { points: ruleTextEs, summarySections: sectionTextEs, sources: sourceTextEs } = allWordsEs;

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

  it('use every source in the list, so the list holds nothing the summary cannot cite', () => {
    const cited = new Set<SourceId>(ALL_RULES.flatMap((rule) => rule.sources));
    expect(SOURCE_IDS.filter((id) => !cited.has(id))).toEqual([]);
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

const WEB_ADDRESS = /https?:\/\/[^\s,]+/g;

/** The path a link to each scholarly index must have: a DOI (10.prefix/suffix), a PubMed id, a PubMed Central id. */
const LOCATOR_SHAPES: Readonly<Record<string, RegExp>> = {
  'doi.org': /^\/10\.\d{4,9}\/\S+$/,
  'pubmed.ncbi.nlm.nih.gov': /^\/\d{1,9}\/?$/,
  'pmc.ncbi.nlm.nih.gov': /^\/articles\/PMC\d+\/?$/,
};

describe.each([
  { language: 'English', sources: sourceTextEn },
  { language: 'Spanish', sources: sourceTextEs },
])('$language source citations', ({ sources }) => {
  it.each(SOURCE_IDS)('%s has a title and an address a patient can use', (id) => {
    const { title, address } = sources[id];
    expect(title.trim().length).toBeGreaterThan(0);
    expect(address.trim().length).toBeGreaterThan(0);
    // The seed documents live in the project's files; a path there means nothing on a printout.
    expect(address).not.toMatch(/seeds\/|\.txt\b|^\/|^[A-Za-z]:\\/);
  });

  // That each language cites every source and no other is the SourceTexts mapped type's job.
});

describe('sources', () => {
  it('have unique ids', () => {
    expect(new Set(SOURCE_IDS).size).toBe(SOURCE_IDS.length);
  });

  it.each(SOURCE_IDS)('%s has the same web addresses in both languages', (id) => {
    expect(sourceTextEs[id].address.match(WEB_ADDRESS) ?? []).toEqual(
      sourceTextEn[id].address.match(WEB_ADDRESS) ?? [],
    );
  });

  // A reader types these off the printout: each must be a working https address, and a DOI,
  // PubMed or PubMed Central link must carry an identifier of that kind's shape. (Both languages
  // have the same addresses, checked above.)
  it.each(SOURCE_IDS)(
    '%s gives web addresses a reader can follow, with DOI, PMID and PMCID links of valid shape',
    (id) => {
      for (const address of sourceTextEn[id].address.match(WEB_ADDRESS) ?? []) {
        const url = new URL(address);
        expect(url.protocol, address).toBe('https:');
        expect(url.hostname, address).toMatch(/^([a-z0-9-]+\.)+[a-z]{2,}$/);
        const shape = LOCATOR_SHAPES[url.hostname];
        if (shape) expect(url.pathname, address).toMatch(shape);
      }
    },
  );
});

describe('sections', () => {
  it('follow the brief order with unique ids and titles', () => {
    expect(SECTIONS).toEqual(['urgent', 'doctor-first', 'ask-surgeon', 'tell-surgeon', 'before-you-decide']);
    expect(SECTIONS.map((section) => sectionTextEn[section].title)).toEqual([
      'Get medical help now',
      'Talk to a doctor first',
      'Questions to ask your surgeon',
      'Tell your surgeon about',
      'Before you decide',
    ]);
    const spanish = SECTIONS.map((section) => sectionTextEs[section].title);
    expect(new Set(spanish).size).toBe(SECTIONS.length);
    for (const section of SECTIONS) expect(sectionTextEs[section].title).not.toBe(sectionTextEn[section].title);
  });
});
