import { useEffect } from 'react';

export const APP_TITLE = 'Calf and ankle liposuction: prepare for your consultation';

/** Each page has its own title, prefixed "Error:" while it shows errors (GOV.UK pattern). */
export function useDocumentTitle(pageTitle: string, hasErrors = false) {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${pageTitle} – ${APP_TITLE}`;
  }, [pageTitle, hasErrors]);
}
