import { describe, expect, it } from 'vitest';
import {
  accessibleAccent,
  contrastWithWhite,
  MIN_CONTRAST,
  parseHex,
  relativeLuminance,
  shade,
  toHex,
} from '../../../src/embed/colour-contrast';

/** WCAG 2 contrast between any two colours, written out independently of the module under test. */
function contrast(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

describe('parseHex and toHex', () => {
  it('reads #rrggbb and #rgb, in either case', () => {
    expect(parseHex('#1d70b8')).toEqual([0x1d, 0x70, 0xb8]);
    expect(parseHex('#1D70B8')).toEqual([0x1d, 0x70, 0xb8]);
    expect(parseHex('#f0a')).toEqual([0xff, 0x00, 0xaa]);
  });

  it('writes lower-case #rrggbb, rounding and padding each channel', () => {
    expect(toHex([0, 94, 165])).toBe('#005ea5');
    expect(toHex([0.4, 15.6, 255])).toBe('#0010ff');
  });

  it('round-trips', () => {
    for (const hex of ['#000000', '#ffffff', '#1d70b8', '#00594f', '#767676']) expect(toHex(parseHex(hex))).toBe(hex);
  });
});

describe('relativeLuminance and contrastWithWhite', () => {
  it('gives white 1 and black 0', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#000000')).toBe(0);
  });

  it('gives black on white 21:1 and white on white 1:1', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 10);
    expect(contrastWithWhite('#000')).toBeCloseTo(21, 10);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 10);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 10);
  });

  it('matches published values', () => {
    // #767676 is the lightest grey that passes AA on white: 4.54:1.
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2);
    expect(contrastWithWhite('#777777')).toBeLessThan(MIN_CONTRAST);
    // GOV.UK blue and text colour.
    expect(contrastWithWhite('#1d70b8')).toBeCloseTo(5.17, 2);
    expect(contrastWithWhite('#0b0c0c')).toBeCloseTo(19.59, 2);
    // Pure red and pure yellow.
    expect(contrastWithWhite('#ff0000')).toBeCloseTo(4.0, 2);
    expect(contrastWithWhite('#ffff00')).toBeCloseTo(1.07, 2);
  });

  it('uses a minimum of 4.5 (WCAG AA for normal text)', () => {
    expect(MIN_CONTRAST).toBe(4.5);
  });
});

describe('accessibleAccent', () => {
  it.each(['#000000', '#0b0c0c', '#1d70b8', '#005ea5', '#00594f', '#767676', '#d4351c'])(
    'keeps %s, which already passes',
    (colour) => {
      expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(accessibleAccent(colour)).toEqual({ colour, adjusted: false });
    },
  );

  it('writes a passing colour out in full lower case', () => {
    expect(accessibleAccent('#036')).toEqual({ colour: '#003366', adjusted: false });
    expect(accessibleAccent('#00594F')).toEqual({ colour: '#00594f', adjusted: false });
  });

  it.each(['#777777', '#ffff00', '#ff0000', '#00ff00', '#f47738', '#ffdd00', '#aabbcc', '#ffffff', '#fff'])(
    'darkens %s until white text on it passes',
    (colour) => {
      const result = accessibleAccent(colour);
      expect(result.adjusted).toBe(true);
      expect(result.colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrastWithWhite(result.colour)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    },
  );

  it('keeps the hue when it darkens: every channel is scaled by the same factor', () => {
    const [r, g, b] = parseHex(accessibleAccent('#f47738').colour);
    const factor = r / 0xf4;
    expect(factor).toBeGreaterThan(0);
    expect(factor).toBeLessThan(1);
    expect(g).toBeCloseTo(0x77 * factor, -0.5);
    expect(b).toBeCloseTo(0x38 * factor, -0.5);
  });

  it('darkens no further than needed (within one 5% step)', () => {
    for (const colour of ['#ffff00', '#f47738', '#777777', '#00ff00']) {
      const { colour: darker } = accessibleAccent(colour);
      const lighterByAStep = toHex(
        parseHex(darker).map((value) => Math.min(255, value / 0.95)) as [number, number, number],
      );
      expect(contrastWithWhite(lighterByAStep), `${colour} → ${darker} is darker than needed`).toBeLessThan(
        MIN_CONTRAST + 0.6,
      );
    }
  });

  it('turns white into a grey that passes (the brand colour cannot be kept)', () => {
    const { colour } = accessibleAccent('#ffffff');
    const [r, g, b] = parseHex(colour);
    expect(r).toBe(g);
    expect(g).toBe(b);
    expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });
});

describe('shade', () => {
  it('scales each channel', () => {
    expect(shade('#ffffff', 0.5)).toBe('#808080');
    expect(shade('#1d70b8', 1)).toBe('#1d70b8');
    expect(shade('#1d70b8', 0)).toBe('#000000');
  });
});
