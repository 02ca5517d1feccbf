import type { ReactNode } from 'react';

export const PAGE_HEADING_ID = 'page-heading';

/**
 * The one h1 of each page. It can take focus (tabIndex -1) so that moving to a new step
 * puts screen-reader and keyboard users at the top of the new content.
 */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <>
      {caption ? <span className="caption">{caption}</span> : null}
      <h1 id={PAGE_HEADING_ID} tabIndex={-1} className="heading-l">
        {children}
      </h1>
    </>
  );
}
