import { describe, expect, it } from 'vitest';
import { fill, placeholdersOf } from '../../../src/i18n/fill';

describe('fill', () => {
  it('puts each value in place of its placeholder, wherever the language puts it', () => {
    expect(fill('Part {part} of {total}: {section}', { part: 2, total: 7, section: 'Your legs' })).toBe(
      'Part 2 of 7: Your legs',
    );
    expect(fill('{section}: parte {part} de {total}', { part: 2, total: 7, section: 'Sus piernas' })).toBe(
      'Sus piernas: parte 2 de 7',
    );
  });

  it('fills a placeholder used twice both times', () => {
    expect(fill('{a} and {a}', { a: 'x' })).toBe('x and x');
  });

  it('leaves a placeholder with no value visible, so the mistake shows', () => {
    expect(fill('Call {clinic}', {})).toBe('Call {clinic}');
  });

  it('does not read values as templates', () => {
    expect(fill('Hello {name}', { name: '{other}' })).toBe('Hello {other}');
  });
});

describe('placeholdersOf', () => {
  it('lists the names, sorted, so two translations can be compared', () => {
    expect(placeholdersOf('{total} and {part}, {part}')).toEqual(['part', 'part', 'total']);
    expect(placeholdersOf('No placeholders')).toEqual([]);
  });
});
