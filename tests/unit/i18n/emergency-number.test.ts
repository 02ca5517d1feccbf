import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emergencyNumber, telHref } from '../../../src/i18n/emergency-number';
import type { Locale } from '../../../src/i18n/locales';

describe('emergencyNumber', () => {
  it.each<[string, Locale, readonly string[], string | undefined]>([
    ['US English', 'en', ['en-US'], '911'],
    ['Canadian English', 'en', ['en-CA'], '911'],
    ['Mexican Spanish', 'es', ['es-MX'], '911'],
    ['British English', 'en', ['en-GB'], '999'],
    ['Australian English', 'en', ['en-AU'], '000'],
    ['Spanish in Spain', 'es', ['es-ES'], '112'],
    ['Irish English', 'en', ['en-IE'], '112'],
    ['the tag in the language shown, not the first', 'es', ['en-GB', 'es-MX'], '911'],
    ['the first tag when none is in the language shown', 'es', ['en-GB'], '999'],
    ['a language with no region: generic wording', 'en', ['en'], undefined],
    ['a region not in the table: generic wording', 'es', ['es-AR'], undefined],
    ['no browser languages (the prerendered start page)', 'en', [], undefined],
    ['a malformed tag', 'en', ['not a tag!'], undefined],
  ])('%s', (_name, locale, browser, expected) => {
    expect(emergencyNumber({ locale, browser })).toBe(expected);
  });

  it("uses the clinic's number whatever the language and region", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Locale>('en', 'es'),
        fc.array(fc.constantFrom('en-US', 'en-GB', 'es-ES', 'es', 'fr-FR', 'xx')),
        (locale, browser) => {
          expect(emergencyNumber({ clinic: '+44 999', locale, browser })).toBe('+44 999');
        },
      ),
    );
  });
});

describe('telHref', () => {
  it('drops the spaces a clinic writes for reading', () => {
    expect(telHref('+1 555 0100')).toBe('tel:+15550100');
  });
});
