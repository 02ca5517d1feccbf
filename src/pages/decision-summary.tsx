import '../styles/decision.css';
import type { ReactNode } from 'react';
import type { Answers } from '../answers/answers';
import { describeStep } from '../content/describe-answers';
import { pageContent } from '../content/page-content';
import { useI18n, useSummaryMessages } from '../i18n/i18n-context';
import { SURE_SOURCES, prioritiesRated, sureAnsweredNo } from '../../rules/decision-aid';
import type { OptionColumnId } from '../../rules/option-grid';
import type { SourceId } from '../../rules/sources';
import { citeSources } from './number-sources';
import { OptionGrid } from './option-grid';

interface DecisionSummaryProps {
  answers: Answers;
  columns: readonly OptionColumnId[];
  numberOf: (id: SourceId) => number;
}

/**
 * "Your decision" on the summary, kept tight for paper: what matters to the person (as they rated
 * it, never ranked by us), the options that fit their answers side by side, and their SURE answers
 * with what may help for each "no".
 */
export function DecisionSummary({ answers, columns, numberOf }: DecisionSummaryProps) {
  const i18n = useI18n();
  const words = useSummaryMessages().summaryPage.decision;
  const ui = i18n.messages.ui.summary;
  const priorities = pageContent('priorities', i18n.messages).questions;
  const label = (field: string) => priorities.find((question) => question.name === field)?.shortLabel ?? field;
  const aLot = prioritiesRated(answers, 'a-lot');
  const aLittle = prioritiesRated(answers, 'a-little');
  const noes = sureAnsweredNo(answers);

  return (
    <section aria-labelledby="decision" className="decision">
      <h2 id="decision" className="heading-m">
        {words.title}
      </h2>
      <p className="section-intro">{words.intro}</p>

      {answers.priorities ? (
        <DecisionPart id="decision-priorities" title={words.prioritiesTitle}>
          <dl className="decision__priorities">
            <dt>{words.aLot}:</dt>
            <dd>{aLot.length > 0 ? aLot.map(label).join('; ') : words.nothingALot}</dd>
            {aLittle.length > 0 ? (
              <>
                <dt>{words.aLittle}:</dt>
                <dd>{aLittle.map(label).join('; ')}</dd>
              </>
            ) : null}
          </dl>
        </DecisionPart>
      ) : null}

      <DecisionPart id="decision-options" title={words.optionsTitle}>
        <OptionGrid columns={columns} numberOf={numberOf} caption={words.optionsTitle} rowHeading="h4" />
      </DecisionPart>

      {answers.sure ? (
        <DecisionPart id="decision-sure" title={words.sureTitle}>
          <p className="section-intro">
            {words.sureIntro} <span className="point__sources">{citeSources(SURE_SOURCES, numberOf, ui)}</span>
          </p>
          <dl className="decision__sure">
            {/* The four answers as check-answers words them: the question's short label, then the answer. */}
            {describeStep('sure', answers, i18n).map((row) => (
              <div key={row.label} className="decision__sure-row">
                <dt>{row.label}</dt>
                <dd>{row.values.join(', ')}</dd>
              </div>
            ))}
          </dl>
          {noes.length > 0 ? (
            <>
              <p className="decision__helps-intro">{words.someNo} </p>
              <ul className="list decision__helps">
                {noes.map((field) => (
                  <li key={field}>{words.notes[field]}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{words.allYes}</p>
          )}
        </DecisionPart>
      ) : null}
    </section>
  );
}

/** One of the three parts under "Your decision": a heading the section is named by, then its content. */
function DecisionPart({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="heading-s">
        {title}
      </h3>
      {children}
    </section>
  );
}
