/**
 * Ids tying a field to its hint and error. The first input of a group gets the field's own id,
 * so the error summary's link lands on it (the GOV.UK convention).
 */
export const fieldIds = (name: string) => ({
  field: name,
  hint: `${name}-hint`,
  error: `${name}-error`,
  option: (index: number) => (index === 0 ? name : `${name}-${index + 1}`),
  optionHint: (index: number) => `${name}-${index + 1}-hint`,
});

/** aria-describedby from whichever of hint and error are on screen. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}
