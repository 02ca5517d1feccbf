import { describe, expect, it } from 'vitest';
import { bodySizeSchema } from '../../../src/answers/body-size-schema';
import { catalogEs } from '../../../src/i18n/es/catalog-es';
import { errorText } from '../../../src/i18n/error-text';
import { localised } from '../../../src/i18n/localised';
import { english } from '../../support/english';

const spanish = localised('es', catalogEs);

function firstIssue(input: unknown): string {
  const result = bodySizeSchema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues[0]?.message ?? '';
}

describe('errorText', () => {
  it('words a schema key in the active language', () => {
    const key = firstIssue({ units: 'metric', centimetres: '168' });
    expect(key).toBe('body-size.weight-missing');
    expect(errorText(key, english.messages.errors, english.formatNumber)).toBe(
      english.messages.errors['body-size.weight-missing'],
    );
    expect(errorText(key, spanish.messages.errors, spanish.formatNumber)).toBe(
      spanish.messages.errors['body-size.weight-missing'],
    );
  });

  it('quotes the limits the schema checks, in each language', () => {
    const key = firstIssue({ units: 'imperial', feet: '12', pounds: '150' });
    expect(errorText(key, english.messages.errors, english.formatNumber)).toBe(
      'Your height in feet must be between 3 and 8',
    );
    const inSpanish = errorText(key, spanish.messages.errors, spanish.formatNumber);
    expect(inSpanish).toContain('3');
    expect(inSpanish).toContain('8');
    expect(inSpanish).not.toMatch(/\{(min|max)\}/);
  });

  it('shows something that is not a key as it is, rather than nothing', () => {
    expect(errorText('Invalid input', english.messages.errors, english.formatNumber)).toBe('Invalid input');
  });
});
