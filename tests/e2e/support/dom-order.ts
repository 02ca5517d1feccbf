import { expect, type Locator } from '@playwright/test';

/** `first` comes before `second` in the document (both must be single elements). */
export async function expectBefore(first: Locator, second: Locator, message: string): Promise<void> {
  const secondHandle = await second.elementHandle();
  if (!secondHandle) throw new Error(`Not found: ${message}`);
  const precedes = await first.evaluate(
    (element, other) => Boolean(element.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING),
    secondHandle,
  );
  await secondHandle.dispose();
  expect(precedes, message).toBe(true);
}
