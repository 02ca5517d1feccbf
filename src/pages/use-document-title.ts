import { useEffect } from 'react';
import { fill } from '../i18n/fill';
import { useI18n } from '../i18n/i18n-context';

/** Each page has its own title, prefixed "Error:" while it shows errors (GOV.UK pattern). */
export function useDocumentTitle(pageTitle: string, hasErrors = false) {
  const words = useI18n().messages.ui.app;
  const template = hasErrors ? words.documentTitleError : words.documentTitle;
  useEffect(() => {
    document.title = fill(template, { page: pageTitle });
  }, [template, pageTitle]);
}
