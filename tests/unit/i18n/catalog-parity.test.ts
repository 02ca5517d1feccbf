import { describe, expect, it } from 'vitest';
import { allWordsEn, allWordsEs } from '../../support/all-words';
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

const english = leaves(allWordsEn);
const spanish = leaves(allWordsEs);

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
  // One test for the whole catalog that lists every difference, so a translator sees all that is
  // missing, extra or mismatched at once.
  it('match key for key, with the same placeholders in each text', () => {
    const differences: string[] = [];
    for (const path of english.keys()) if (!spanish.has(path)) differences.push(`missing in Spanish: ${path}`);
    for (const path of spanish.keys()) if (!english.has(path)) differences.push(`only in Spanish: ${path}`);
    for (const [path, text] of english) {
      const other = spanish.get(path);
      if (other === undefined) continue;
      const expected = placeholdersOf(text).join(', ');
      const found = placeholdersOf(other).join(', ');
      if (found !== expected) differences.push(`placeholders of ${path}: English {${expected}}, Spanish {${found}}`);
    }
    expect(differences).toEqual([]);
  });

  it('hold some text under every key', () => {
    const empty = [...english, ...spanish].filter(([, text]) => text.trim() === '').map(([path]) => path);
    expect(empty).toEqual([]);
  });

  it('leave nothing untranslated', () => {
    const untranslated = [...english].filter(([path, text]) => spanish.get(path) === text && !SAME_IN_BOTH.test(path));
    expect(untranslated.map(([path]) => path)).toEqual([]);
  });

  it('speak to the patient as usted, never tú', () => {
    // Common tú forms that would slip in from a word-for-word translation.
    const informal =
      /\b(tú|tienes|puedes|quieres|eres|estás|tu pierna|tus piernas|tu cirujano|selecciona|escribe|pregúntale)\b/i;
    const found = [...spanish].filter(([, text]) => informal.test(text));
    expect(found).toEqual([]);
  });

  it('never tell the patient whether they are a candidate, in either language', () => {
    const verdict = /\bcandidat(e|o|a)s?\b/i;
    expect([...english, ...spanish].filter(([, text]) => verdict.test(text))).toEqual([]);
  });
});
