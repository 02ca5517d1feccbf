import { expect, type Page } from '@playwright/test';

interface ScrollReport {
  scrollWidth: number;
  clientWidth: number;
  /** What reaches past the right edge (elements or runs of text), to say what to fix. */
  overflowing: string[];
}

/** Measures sideways overflow, naming up to five things that stick out past the right edge. */
export async function horizontalOverflow(page: Page): Promise<ScrollReport> {
  return page.evaluate((): ScrollReport => {
    const root = document.documentElement;
    const edge = root.clientWidth + 0.5;
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}>`;
    const overflowing: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const right = element.getBoundingClientRect().right;
      if (right > edge) overflowing.push(`${describe(element)} box ends at ${Math.round(right)}px`);
    }
    // Text can spill out of a box that itself fits (a long word), so measure the text too.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      if (right > edge && node.parentElement) {
        overflowing.push(
          `text "${(node.textContent ?? '').trim().slice(0, 60)}" in ${describe(node.parentElement)} ends at ${Math.round(right)}px`,
        );
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, overflowing: overflowing.slice(0, 5) };
  });
}

/** The page does not scroll sideways: everything fits the viewport's width. */
export async function expectNoHorizontalScroll(
  page: Page,
  where: string,
  options: { soft?: boolean } = {},
): Promise<void> {
  const report = await horizontalOverflow(page);
  const check = options.soft ? expect.soft : expect;
  check(
    report.scrollWidth,
    `${where} scrolls sideways: scrollWidth ${report.scrollWidth} > clientWidth ${report.clientWidth}\n  ` +
      report.overflowing.join('\n  '),
  ).toBeLessThanOrEqual(report.clientWidth);
}

/** Text size at `percent` of the default, as a reader's browser setting would make it. */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  await page.evaluate((size) => {
    document.documentElement.style.fontSize = `${size}%`;
  }, percent);
}
