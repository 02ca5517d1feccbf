/**
 * Every option of a checkbox group but its "None of these", which may not be ticked with others.
 * Taken from the schema's own list of options, so an answer set meant to tick everything ticks an
 * option added there too, instead of quietly missing it.
 */
export function allButNone<const T extends string>(values: readonly T[]): Exclude<T, 'none'>[] {
  return values.filter((value): value is Exclude<T, 'none'> => value !== 'none');
}
