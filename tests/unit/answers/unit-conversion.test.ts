import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTyped, toImperial, toMetric } from '../../../src/answers/unit-conversion';

describe('converting typed height and weight between units', () => {
  it.each([
    [
      { feet: 5, inches: 7, pounds: 150 },
      { centimetres: 170, kilograms: 68 },
    ],
    [
      { feet: 6, inches: 0, pounds: 200 },
      { centimetres: 183, kilograms: 90.7 },
    ],
    [
      { feet: 5, inches: undefined, pounds: undefined },
      { centimetres: 152, kilograms: undefined },
    ],
    [
      { feet: undefined, inches: 4, pounds: 120 },
      { centimetres: undefined, kilograms: 54.4 },
    ],
  ])('%o is %o', (imperial, metric) => {
    expect(toMetric(imperial)).toEqual(metric);
  });

  it('carries 12 rounded inches into a foot', () => {
    expect(toImperial({ centimetres: 182.6, kilograms: 80 })).toEqual({ feet: 6, inches: 0, pounds: 176 });
  });

  it('reads numbers as people type them, and nothing else', () => {
    expect(readTyped(' 72,5 ')).toBe(72.5);
    expect(readTyped('170')).toBe(170);
    expect(readTyped('')).toBeUndefined();
    expect(readTyped('1.7m')).toBeUndefined();
    expect(readTyped('-3')).toBeUndefined();
  });

  it('gives back the same whole feet, inches and pounds after converting there and back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 8 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 70, max: 700 }),
        (feet, inches, pounds) => {
          expect(toImperial(toMetric({ feet, inches, pounds }))).toEqual({ feet, inches, pounds });
        },
      ),
    );
  });

  it('gives back centimetres within half an inch and kilograms within half a pound after converting there and back', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 90, max: 250, noNaN: true }),
        fc.double({ min: 30, max: 320, noNaN: true }),
        (centimetres, kilograms) => {
          const back = toMetric(toImperial({ centimetres, kilograms }));
          expect(Math.abs((back.centimetres ?? 0) - centimetres)).toBeLessThanOrEqual(1.27 + 0.5);
          expect(Math.abs((back.kilograms ?? 0) - kilograms)).toBeLessThanOrEqual(0.23 + 0.05);
        },
      ),
    );
  });
});
