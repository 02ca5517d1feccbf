/** The values a message's `{name}` placeholders take. */
export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A message with its placeholders filled in. A placeholder with no value is left as it is, so a
 * mistake shows on the page (and in tests) instead of vanishing.
 */
export function fill(template: string, params: Params): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names a message uses, for checking that translations keep them. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}
