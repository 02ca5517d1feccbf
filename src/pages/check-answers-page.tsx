import type { Answers } from '../answers/answers';
import { describeStep } from '../content/describe-answers';
import type { StepId } from '../answers/step-ids';
import { BackLink } from '../components/back-link';
import { PageHeading } from '../components/page-heading';
import { QUESTION_PAGES } from '../answers/question-pages';
import { PAGE_SECTIONS } from '../answers/page-sections';
import { routeOf } from '../flow/route';
import { useI18n } from '../i18n/i18n-context';
import { SaveAnswersFile } from './save-answers-file';
import { useDocumentTitle } from './use-document-title';
import { startOffline } from '../offline/start-offline';

// The offline worker is registered with this chunk (decision 0025). Every visit fetches it when the
// browser is idle after the first page has rendered (usePrefetchEndPages), which is when it should
// be registered; an `import()` of its own in the entry chunk would cost the first view 29 bytes of
// gzip, against 17 to spare.
startOffline();

interface CheckAnswersPageProps {
  answers: Answers;
  onChange: (step: StepId) => void;
  onConfirm: () => void;
  onBack: () => void;
}

/** Every answer on the current route, grouped by section, each with a Change link. */
export function CheckAnswersPage({ answers, onChange, onConfirm, onBack }: CheckAnswersPageProps) {
  const i18n = useI18n();
  const words = i18n.messages.ui.checkAnswers;
  useDocumentTitle(words.title);
  const steps = routeOf(answers).answered;

  return (
    <>
      <BackLink onBack={onBack} />
      <PageHeading>{words.title}</PageHeading>
      <p className="lead">{words.lead}</p>
      {PAGE_SECTIONS.map((section) => {
        const inSection = steps.filter((step) => QUESTION_PAGES[step].section === section);
        if (inSection.length === 0) return null;
        return (
          <section key={section} aria-labelledby={`section-${section}`}>
            <h2 id={`section-${section}`} className="heading-m">
              {i18n.messages.ui.sections[section]}
            </h2>
            <dl className="summary-list">
              {inSection.flatMap((step) =>
                describeStep(step, answers, i18n).map((row) => (
                  <div className="summary-list__row" key={`${step}-${row.label}`}>
                    <dt className="summary-list__key">{row.label}</dt>
                    <dd className="summary-list__value">
                      {row.values.length === 1 ? (
                        row.values[0]
                      ) : (
                        <ul className="list">
                          {row.values.map((value) => (
                            <li key={value}>{value}</li>
                          ))}
                        </ul>
                      )}
                    </dd>
                    <dd className="summary-list__actions">
                      <button type="button" className="link-button" onClick={() => onChange(step)}>
                        {words.change}{' '}
                        <span className="visually-hidden">{row.label.toLocaleLowerCase(i18n.locale)}</span>
                      </button>
                    </dd>
                  </div>
                )),
              )}
            </dl>
          </section>
        );
      })}
      <h2 className="heading-m">{words.nextTitle}</h2>
      <p>{words.nextText}</p>
      <button type="button" className="button" onClick={onConfirm}>
        {words.confirm}
      </button>
      <SaveAnswersFile answers={answers} />
    </>
  );
}
