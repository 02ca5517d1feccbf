import type { Answers } from '../answers/answers';
import { aboutMe } from '../content/about-me';
import { useI18n, useSummaryMessages } from '../i18n/i18n-context';

/**
 * "About me", for the surgeon: the clinically relevant answers in one compact list, a row per
 * topic (a description list, like GOV.UK's summary list; on paper it runs in two columns). Given
 * the answers the person chose to print, so a row they left out is not there.
 */
export function AboutMeTable({ answers }: { answers: Answers }) {
  const words = useI18n();
  const { aboutMe: text } = useSummaryMessages().summaryPage;
  const rows = aboutMe(answers, words);
  return (
    <dl className="about-me">
      {rows.map((row) => (
        <div key={row.id} className="about-me__row">
          <dt className="about-me__key">{text.rows[row.id]}</dt>
          <dd className="about-me__value">
            {row.parts.map((part) => (
              <span key={part.label} className="about-me__part">
                {row.labelled ? <span className="about-me__label">{part.label}: </span> : null}
                {part.values.join('; ')}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
