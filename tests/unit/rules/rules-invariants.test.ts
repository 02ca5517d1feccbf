import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../rules/all-rules';
import { SECTIONS } from '../../../rules/sections';
import { SOURCES, sourceById, type SourceId } from '../../../rules/sources';

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('rules', () => {
  it('have unique ids', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ALL_RULES)('$id has a kebab-case id', ({ id }) => {
    expect(id).toMatch(KEBAB_CASE);
  });

  it.each(ALL_RULES)('$id belongs to a known section', ({ section }) => {
    expect(SECTIONS.map((known) => known.id)).toContain(section);
  });

  it.each(ALL_RULES)('$id cites only known sources, each once', ({ sources }) => {
    const known: readonly string[] = SOURCES.map((source) => source.id);
    expect(sources.length).toBeGreaterThan(0);
    for (const id of sources) expect(known).toContain(id);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it.each(ALL_RULES)('$id has a point that is a short action ending in a full stop', ({ point }) => {
    expect(point.trim()).toBe(point);
    expect(point.length).toBeGreaterThan(10);
    expect(point.length).toBeLessThanOrEqual(220);
    expect(point).toMatch(/^[A-Z]/);
    expect(point).toMatch(/\.$/);
  });

  it.each(ALL_RULES)('$id has a why of exactly one sentence', ({ why }) => {
    expect(why.trim()).toBe(why);
    expect(why).toMatch(/^[A-Z]/);
    expect(why).toMatch(/[^.]\.$/);
    // A second sentence would show as a full stop, question or exclamation mark followed by more text.
    expect(why.slice(0, -1)).not.toMatch(/[.!?](\s|$)/);
  });

  // The brief's voice: never a verdict on the person, and never "no study" about laser.
  it.each(ALL_RULES)('$id gives no verdict and does not overstate the evidence', ({ point, why }) => {
    const text = `${point} ${why}`.toLowerCase();
    expect(text).not.toMatch(/candidate/);
    expect(text).not.toMatch(/no stud(y|ies)/);
  });

  it('use every source in the list, so the list holds nothing the summary cannot cite', () => {
    const cited = new Set<SourceId>(ALL_RULES.flatMap((rule) => rule.sources));
    expect(SOURCES.map((source) => source.id).filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('sources', () => {
  it('have unique ids', () => {
    const ids = SOURCES.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SOURCES)('$id has a title and an address a patient can use', ({ title, address }) => {
    expect(title.trim().length).toBeGreaterThan(0);
    expect(address.trim().length).toBeGreaterThan(0);
    // The seed documents live in the project's files; a path there means nothing on a printout.
    expect(address).not.toMatch(/seeds\/|\.txt\b|^\/|^[A-Za-z]:\\/);
  });

  it('are found by id', () => {
    for (const source of SOURCES) expect(sourceById(source.id)).toBe(source);
  });

  it('throws for an id that is not in the list', () => {
    expect(() => sourceById('no-such-source' as SourceId)).toThrow(/no-such-source/);
  });
});

describe('sections', () => {
  it('follow the brief order with unique ids and titles', () => {
    expect(SECTIONS.map((section) => section.id)).toEqual([
      'urgent',
      'doctor-first',
      'ask-surgeon',
      'tell-surgeon',
      'before-you-decide',
    ]);
    expect(SECTIONS.map((section) => section.title)).toEqual([
      'Get medical help now',
      'Talk to a doctor first',
      'Questions to ask your surgeon',
      'Tell your surgeon about',
      'Before you decide',
    ]);
  });
});
