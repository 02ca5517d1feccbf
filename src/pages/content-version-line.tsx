import { ABOUT_PAGE } from '../content/about-pages';
import { CONTENT_VERSION, calendarDay } from '../content/content-version';
import { fill } from '../i18n/fill';
import { useI18n, useSummaryMessages } from '../i18n/i18n-context';

/**
 * One line at the foot of the list: which content version made it, when that content was last
 * checked, and the full address of "About this guide", so a printout says how old it is and
 * where to read who wrote it (issue 14, item 4; decision 0014). On paper the address is printed
 * in full; on screen it is a link that opens in a new tab.
 */
export function ContentVersionLine() {
  const i18n = useI18n();
  const text = useSummaryMessages().summaryPage;
  const ui = i18n.messages.ui;
  // Absolute, from the app's own address (not the clinic's page that frames it), so it can be typed in from paper.
  const address = new URL(ABOUT_PAGE[i18n.locale], window.location.href).href;
  const date = i18n.formatDate(calendarDay(CONTENT_VERSION.reviewed));
  return (
    <p className="content-version">
      {fill(text.contentVersion, { version: CONTENT_VERSION.version, date })} · {ui.app.about}:{' '}
      <a href={address} target="_blank" rel="noreferrer">
        {address}
        <span className="no-print"> {ui.contact.newTab}</span>
      </a>
    </p>
  );
}
