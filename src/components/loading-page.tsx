import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { focusInPlace } from './focus-in-place';
import { PAGE_HEADING_ID, PageHeading } from './page-heading';

/**
 * Holds a page's place while its code arrives: a heading that takes focus like any page's, and
 * hands focus to the real page's heading when that replaces it.
 */
export function LoadingPage() {
  const { messages } = useI18n();
  useEffect(
    () => () => {
      // Runs as the real page replaces this one: focus its heading, as any page change does.
      requestAnimationFrame(() => focusInPlace(document.getElementById(PAGE_HEADING_ID)));
    },
    [],
  );
  return <PageHeading>{messages.ui.app.loading}</PageHeading>;
}
