import type { Answers } from '../answers/answers';
import { pageContent } from '../content/page-content';
import { useI18n, useSummaryMessages } from '../i18n/i18n-context';
import { SURE_FIELDS, SURE_SOURCES, prioritiesRated, sureAnsweredNo } from '../../rules/decision-aid';
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
  const sure = pageContent('sure', i18n.messages).questions;
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
        <section aria-labelledby="decision-priorities">
          <h3 id="decision-priorities" className="heading-s">
            {words.prioritiesTitle}
          </h3>
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
        </section>
      ) : null}

      <section aria-labelledby="decision-options">
        <h3 id="decision-options" className="heading-s">
          {words.optionsTitle}
        </h3>
        <OptionGrid columns={columns} numberOf={numberOf} caption={words.optionsTitle} rowHeading="h4" />
      </section>

      {answers.sure ? (
        <section aria-labelledby="decision-sure">
          <h3 id="decision-sure" className="heading-s">
            {words.sureTitle}
          </h3>
          <p className="section-intro">
            {words.sureIntro} <span className="point__sources">{citeSources(SURE_SOURCES, numberOf, ui)}</span>
          </p>
          <dl className="decision__sure">
            {SURE_FIELDS.map((field) => {
              const question = sure.find((candidate) => candidate.name === field);
              const value = answers.sure?.[field];
              const answer =
                question && question.kind !== 'text' && value
                  ? question.options.find((option) => option.value === value)?.label
                  : undefined;
              return (
                <div key={field} className="decision__sure-row">
                  <dt>{question?.shortLabel}</dt>
                  <dd>{answer}</dd>
                </div>
              );
            })}
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
        </section>
      ) : null}
    </section>
  );
}
