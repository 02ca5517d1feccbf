import { describe, expect, it } from 'vitest';
import { catalogEn } from '../../../src/i18n/en/catalog-en';
import { catalogEs } from '../../../src/i18n/es/catalog-es';
import { placeholdersOf } from '../../../src/i18n/fill';

/** Every string in a catalog, by its dotted path. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [childPath, text] of leaves(child, path ? `${path}.${key}` : key)) found.set(childPath, text);
    }
  }
  return found;
}

const english = leaves(catalogEn);
const spanish = leaves(catalogEs);

/**
 * Strings that are rightly the same in both languages: words spelt alike ("No", "Error:",
 * "Diabetes"), unit symbols, and citations whose whole text is a published title or a web
 * address (a title is cited as published). Anything else the same in both is a missed translation.
 */
const SAME_IN_BOTH = new RegExp(
  [
    String.raw`^ui\.bodySize\.(centimetres|kilograms|pounds)Unit$`,
    String.raw`^ui\.answers\.metric$`,
    String.raw`^ui\.form\.errorPrefix$`,
    String.raw`^pages\.[a-z-]+\.questions\.\w+\.options\.no$`,
    String.raw`^pages\.conditions\.questions\.conditions\.options\.diabetes$`,
    String.raw`^sources\.`,
  ].join('|'),
);

describe('the English and Spanish catalogs', () => {
  it('have exactly the same keys', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('hold some text under every key', () => {
    for (const [path, text] of [...english, ...spanish]) expect(text.trim(), path).not.toBe('');
  });

  it.each([...english.keys()])('%s has the same placeholders in both', (path) => {
    expect(placeholdersOf(spanish.get(path) ?? ''), path).toEqual(placeholdersOf(english.get(path) ?? ''));
  });

  it('leave nothing untranslated', () => {
    const untranslated = [...english].filter(([path, text]) => spanish.get(path) === text && !SAME_IN_BOTH.test(path));
    expect(untranslated.map(([path]) => path)).toEqual([]);
  });

  it('speak to the patient as usted, never tú', () => {
    // Common tú forms that would slip in from a word-for-word translation.
    const informal = /\b(tú|tienes|puedes|quieres|eres|estás|tu pierna|tus piernas|tu cirujano|selecciona|escribe|pregúntale)\b/i;
    const found = [...spanish].filter(([, text]) => informal.test(text));
    expect(found).toEqual([]);
  });

  it('never tell the patient whether they are a candidate, in either language', () => {
    const verdict = /\bcandidat(e|o|a)s?\b/i;
    expect([...english, ...spanish].filter(([, text]) => verdict.test(text))).toEqual([]);
  });
});
