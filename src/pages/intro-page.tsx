import { PageHeading } from '../components/page-heading';
import { useDocumentTitle } from './use-document-title';

/** The start page: what this is, what it is not, and that answers stay on the device. */
export function IntroPage({ onStart }: { onStart: () => void }) {
  const title = 'Prepare for your calf or ankle liposuction consultation';
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">
        Answer some questions about your legs, your health and what you hope for. At the end you get a list of points to raise
        with a board-certified plastic surgeon, each with a reason and where it comes from. You can print it or save it as a PDF.
      </p>
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <p className="warning-text__text">
          <span className="visually-hidden">Warning: </span>
          If one leg has suddenly swollen and is painful, warm or red, get medical help today. If you suddenly feel short of
          breath or have chest pain, call 911 or your local emergency number now.
        </p>
      </div>
      <h2 className="heading-m">Before you start</h2>
      <ul className="list list--bullet">
        <li>It takes about 10 minutes.</li>
        <li>Your answers stay on this device. Nothing is sent anywhere.</li>
        <li>You can go back and change any answer before you see your list.</li>
      </ul>
      <p>
        This is preparation, not medical advice. It cannot tell you whether surgery is right for you: only an in-person
        assessment can do that. Choosing not to have surgery is always an option.
      </p>
      <button type="button" className="button button--start" onClick={onStart}>
        Start now
        <svg className="button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
    </>
  );
}
