import type { Answers } from '../answers/answers';
import { describeStep } from '../answers/describe-answers';
import type { StepId } from '../answers/step-ids';
import { BackLink } from '../components/back-link';
import { PageHeading } from '../components/page-heading';
import { pageContent, SECTION_ORDER } from '../content/page-content';
import { routeOf } from '../flow/route';
import { useDocumentTitle } from './use-document-title';

interface CheckAnswersPageProps {
  answers: Answers;
  onChange: (step: StepId) => void;
  onConfirm: () => void;
  onBack: () => void;
}

/** Every answer on the current route, grouped by section, each with a Change link. */
export function CheckAnswersPage({ answers, onChange, onConfirm, onBack }: CheckAnswersPageProps) {
  const title = 'Check your answers';
  useDocumentTitle(title);
  const steps = routeOf(answers).answered;

  return (
    <>
      <BackLink onBack={onBack} />
      <PageHeading>{title}</PageHeading>
      <p className="lead">Change anything that is not right. Your list of points is made from these answers only.</p>
      {SECTION_ORDER.map((section) => {
        const inSection = steps.filter((step) => pageContent[step].section === section);
        if (inSection.length === 0) return null;
        return (
          <section key={section} aria-labelledby={`section-${slug(section)}`}>
            <h2 id={`section-${slug(section)}`} className="heading-m">
              {section}
            </h2>
            <dl className="summary-list">
              {inSection.flatMap((step) =>
                describeStep(step, answers).map((row) => (
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
                        Change <span className="visually-hidden">{row.label.toLowerCase()}</span>
                      </button>
                    </dd>
                  </div>
                )),
              )}
            </dl>
          </section>
        );
      })}
      <h2 className="heading-m">Now see your list of points</h2>
      <p>Nothing is sent anywhere. The list is made on this device.</p>
      <button type="button" className="button" onClick={onConfirm}>
        See my list of points
      </button>
    </>
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
