import { PageHeading } from '../components/page-heading';
import { useI18n } from '../i18n/i18n-context';
import { useDocumentTitle } from './use-document-title';

/** The start page: what this is, what it is not, and that answers stay on the device. */
export function IntroPage({ onStart }: { onStart: () => void }) {
  const words = useI18n().messages.ui.intro;
  useDocumentTitle(words.title);
  return (
    <>
      <PageHeading>{words.title}</PageHeading>
      <p className="lead">{words.lead}</p>
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <p className="warning-text__text">
          <span className="visually-hidden">{words.warningLabel} </span>
          {words.warning}
        </p>
      </div>
      <h2 className="heading-m">{words.beforeYouStart}</h2>
      <ul className="list list--bullet">
        <li>{words.duration}</li>
        <li>{words.staysHere}</li>
        <li>{words.changeLater}</li>
      </ul>
      <p>{words.notAdvice}</p>
      <button type="button" className="button button--start" onClick={onStart}>
        {words.start}
        <svg className="button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
    </>
  );
}
