import { describe, expect, it } from 'vitest';
import { chooseLocale, defaultUnits } from '../../../src/i18n/choose-locale';

describe('chooseLocale', () => {
  it.each([
    [{ saved: 'es', clinic: 'en', browser: ['en-US'] }, 'es', "the patient's own choice wins"],
    [{ clinic: 'es', browser: ['en-US'] }, 'es', "then the clinic's setting"],
    [{ clinic: 'en', browser: ['es-MX'] }, 'en', 'the clinic over the browser'],
    [{ browser: ['es-US', 'en-US'] }, 'es', "then the browser's first language we have"],
    [{ browser: ['fr-FR', 'es-ES', 'en'] }, 'es', 'skipping languages we do not have'],
    [{ browser: ['ES'] }, 'es', 'in any case'],
    [{ browser: ['fr', 'de'] }, 'en', 'else English'],
    [{ browser: [] }, 'en', 'with no browser languages at all'],
  ] as const satisfies readonly (readonly [Parameters<typeof chooseLocale>[0], string, string])[])(
    '%o gives %s: %s',
    (sources, expected) => {
      expect(chooseLocale(sources)).toBe(expected);
    },
  );
});

describe('defaultUnits', () => {
  it.each([
    ['en', ['en-US'], 'imperial'],
    ['en', ['en'], 'imperial'],
    ['en', [], 'imperial'],
    ['en', ['es-US', 'en-US'], 'imperial'],
    ['en', ['en-GB'], 'metric'],
    ['en', ['en-CA', 'en-US'], 'metric'],
    ['en', ['fr-FR'], 'metric'],
    ['en', ['not a tag'], 'imperial'],
    ['es', ['es-US'], 'metric'],
    ['es', ['en-US'], 'metric'],
  ] as const)('%s with browser %j starts in %s units', (locale, browser, expected) => {
    expect(defaultUnits(locale, browser)).toBe(expected);
  });
});
