import type { Answers } from '../../../src/answers/answers';

/*
 * Height and weight as the page saves them (numbers, after the schema has read the text boxes),
 * as one page's answers to spread into a whole set, e.g. quiet(metric(200, 119.7)): a case that
 * turns on BMI then reads as the height and weight it is about.
 */

/** Body size in centimetres and kilograms. */
export function metric(centimetres: number, kilograms: number): Answers {
  return { 'body-size': { units: 'metric', centimetres, kilograms } };
}

/** Body size in feet, inches and pounds. */
export function imperial(feet: number, inches: number, pounds: number): Answers {
  return { 'body-size': { units: 'imperial', feet, inches, pounds } };
}
