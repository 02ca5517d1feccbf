import type { Point } from '../../rules/fired-points';
import type { SourceId } from '../../rules/sources';
import type { Answers } from '../answers/answers';
import { answerParts } from '../content/answer-parts';
import { useI18n, useSummaryMessages } from '../i18n/i18n-context';
import { pointText } from '../i18n/point-text';
import { citeSources } from './number-sources';

interface SummaryPointProps {
  point: Point;
  /** The answers "You said" may quote: those the person chose to print. */
  answers: Answers;
  numberOf: (id: SourceId) => number;
  /** Its tier's name above it, where points of several tiers share a list. */
  showTier?: boolean;
  /** Ruled lines beside it on paper, for the surgeon's answer. */
  withNotes?: boolean;
  /** Shown on screen only: the person left out every answer it rests on. */
  withheld?: boolean;
}

// Ruled lines as elements, not a background: browsers leave backgrounds off paper by default.
const NOTE_LINES = [0, 1];

/** One point: what to do, the answers that put it there, why, and where that comes from. */
export function SummaryPoint({ point, answers, numberOf, showTier, withNotes, withheld }: SummaryPointProps) {
  const i18n = useI18n();
  const summary = useSummaryMessages();
  const ui = i18n.messages.ui.summary;
  const text = pointText(point.id, i18n.messages, summary);
  const said = answerParts(point.because, answers, i18n);
  const classes = ['point', withNotes ? 'point--with-notes' : '', withheld ? 'point--withheld no-print' : ''];
  return (
    <li className={classes.filter(Boolean).join(' ')} id={`point-${point.id}`}>
      <div className="point__text">
        <p className="point__action">
          {showTier ? <span className="point__tier">{summary.summaryPage.tiers[point.tier]}: </span> : null}
          {text.point}
        </p>
        {said.length > 0 ? (
          <p className="point__said">
            <span className="point__said-label">{summary.summaryPage.youSaid}</span>{' '}
            {said.map((part) => `${part.label}: ${part.values.join('; ')}`).join('. ')}
          </p>
        ) : null}
        <p className="point__why">
          <span className="visually-hidden">{ui.why} </span>
          {text.why} <span className="point__sources">{citeSources(point.sources, numberOf, ui)}</span>
        </p>
        {withheld ? <p className="point__withheld">{summary.summaryPage.choices.withheld}</p> : null}
      </div>
      {withNotes ? (
        <div className="point__notes print-only" aria-hidden="true">
          {NOTE_LINES.map((line) => (
            <div key={line} className="notes-box__line" />
          ))}
        </div>
      ) : null}
    </li>
  );
}
