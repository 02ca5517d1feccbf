import '../styles/start-page.css';
import type { StepId } from '../answers/step-ids';
import { useI18n } from '../i18n/i18n-context';

export interface LoadedFileProblems {
  /** Pages whose answers in the file could not be used, in page order. */
  dropped: readonly StepId[];
  /** The file was written by another version of the questions. */
  otherVersion: boolean;
}

/**
 * Said on the page a saved file led to, when not all of it could be used: a GOV.UK notification
 * banner naming the pages left out, in the language shown. The app puts it in a live region it
 * keeps on every page, so it is announced after the new page's heading, which takes focus as
 * always.
 */
export function LoadedFileNotice({ problems }: { problems: LoadedFileProblems }) {
  const { messages } = useI18n();
  const words = messages.ui.savedFile;
  return (
    <div className="notification-banner" role="region" aria-labelledby="loaded-file-title">
      <h2 id="loaded-file-title" className="notification-banner__title">
        {words.noticeTitle}
      </h2>
      <div className="notification-banner__content">
        {problems.dropped.length > 0 ? (
          <>
            <p className="heading-s">{words.droppedHeading}</p>
            <p>{words.droppedText}</p>
            <ul className="list list--bullet">
              {problems.dropped.map((step) => (
                <li key={step}>{messages.pages[step].title}</li>
              ))}
            </ul>
            <p>{words.droppedAgain}</p>
          </>
        ) : null}
        {problems.otherVersion ? <p>{words.otherVersion}</p> : null}
      </div>
    </div>
  );
}
