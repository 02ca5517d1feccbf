import { describe, expect, it } from 'vitest';
import type { StepValues } from '../../../src/answers/answers';
import { bodyMassIndex, roundBmi } from '../../../src/answers/body-mass-index';
import { stepSchemas } from '../../../src/answers/answers';

type BodySize = StepValues<'body-size'>;

function imperial(feet: number | undefined, inches: number | undefined, pounds: number | undefined): BodySize {
  return { units: 'imperial', feet, inches, pounds };
}
function metric(centimetres: number | undefined, kilograms: number | undefined): BodySize {
  return { units: 'metric', centimetres, kilograms };
}

describe('bodyMassIndex', () => {
  it.each<{ label: string; size: BodySize; bmi: number }>([
    { label: '5 ft 7 in, 150 lb', size: imperial(5, 7, 150), bmi: 23.5 },
    { label: '6 ft (no inches), 180 lb', size: imperial(6, undefined, 180), bmi: 24.4 },
    { label: '6 ft 0 in, 180 lb', size: imperial(6, 0, 180), bmi: 24.4 },
    { label: '5 ft 2 in, 200.5 lb', size: imperial(5, 2, 200.5), bmi: 36.7 },
    { label: '170 cm, 72 kg', size: metric(170, 72), bmi: 24.9 },
    { label: '180 cm, 81 kg', size: metric(180, 81), bmi: 25 },
    { label: '160 cm, 45 kg', size: metric(160, 45), bmi: 17.6 },
    { label: '165.5 cm, 95.2 kg', size: metric(165.5, 95.2), bmi: 34.8 },
  ])('$label ≈ $bmi', ({ size, bmi }) => {
    const value = bodyMassIndex(size);
    expect(value).toBeDefined();
    expect(value).toBeCloseTo(bmi, 0);
    expect(roundBmi(value ?? Number.NaN)).toBe(bmi);
  });

  it('matches weight / height² exactly in metric', () => {
    expect(bodyMassIndex(metric(200, 100))).toBeCloseTo(25, 10);
  });

  it('gives the same BMI for the same body in either units', () => {
    // 67 in is 170.18 cm; 150 lb is 68.0388555 kg.
    const fromImperial = bodyMassIndex(imperial(5, 7, 150));
    const fromMetric = bodyMassIndex(metric(170.18, 68.0388555));
    expect(fromImperial).toBeCloseTo(fromMetric ?? Number.NaN, 6);
  });

  it.each<{ label: string; size: BodySize | undefined }>([
    { label: 'no body-size answer', size: undefined },
    { label: 'imperial, nothing given', size: imperial(undefined, undefined, undefined) },
    { label: 'imperial, height only', size: imperial(5, 7, undefined) },
    { label: 'imperial, inches and pounds but no feet', size: imperial(undefined, 7, 150) },
    { label: 'imperial, pounds only', size: imperial(undefined, undefined, 150) },
    { label: 'metric, nothing given', size: metric(undefined, undefined) },
    { label: 'metric, height only', size: metric(170, undefined) },
    { label: 'metric, weight only', size: metric(undefined, 72) },
    { label: 'metric, zero height', size: metric(0, 72) },
  ])('$label → undefined', ({ size }) => {
    expect(bodyMassIndex(size)).toBeUndefined();
  });

  it('works on what the page schema produces from typed text', () => {
    const size = stepSchemas['body-size'].parse({
      units: 'imperial',
      feet: '5',
      inches: '7',
      pounds: '150',
      centimetres: '170',
      kilograms: '40',
    });
    expect(roundBmi(bodyMassIndex(size) ?? Number.NaN)).toBe(23.5);
  });
});

describe('roundBmi', () => {
  it.each([
    { bmi: 23.4876, rounded: 23.5 },
    { bmi: 24.9135, rounded: 24.9 },
    { bmi: 24.96, rounded: 25 },
    { bmi: 22.04, rounded: 22 },
    { bmi: 30, rounded: 30 },
  ])('$bmi → $rounded', ({ bmi, rounded }) => {
    expect(roundBmi(bmi)).toBe(rounded);
  });
});
