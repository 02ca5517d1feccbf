import { withheldPages, type Included } from '../src/answers/sensitive-answers';
import type { Point } from './fired-points';

/**
 * A test of whether a point stays off the printout and out of a shared summary: every answer it
 * rests on lies on a page the person chose to leave out (the point would tell what they chose not
 * to). Points everyone gets rest on no answer and are never withheld. The left-out pages are worked
 * out once, not once per point.
 */
export function withheldTest(included: Included): (point: Point) => boolean {
  const withheld = withheldPages(included);
  return (point) => point.because.length > 0 && point.because.every((ref) => withheld.has(ref.step));
}
