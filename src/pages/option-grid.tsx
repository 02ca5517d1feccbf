import '../styles/decision.css';
import { Fragment } from 'react';
import { OPTION_COLUMNS, OPTION_ROWS, type OptionColumnId } from '../../rules/option-grid';
import type { SourceId } from '../../rules/sources';
import { useSummaryMessages } from '../i18n/i18n-context';

interface OptionGridProps {
  columns: readonly OptionColumnId[];
  /** The number each source has in the list below the grid. */
  numberOf: (id: SourceId) => number;
  caption: string;
  /** The rank of the row headings in the stacked (narrow-screen) form: one below the grid's own heading. */
  rowHeading: 'h2' | 'h4';
}

/**
 * The options side by side, the same rows for every option (Option Grid). A wide screen and
 * paper get a table (a column per option, a row per question, each with its header cell for
 * screen readers); a phone gets the same cells row by row, each question a heading with every
 * option's answer under it, so comparing still runs along one question at a time. Only one of the
 * two is ever displayed, so assistive technology meets the grid once.
 */
export function OptionGrid({ columns, numberOf, caption, rowHeading: RowHeading }: OptionGridProps) {
  const { optionGrid } = useSummaryMessages();
  const cite = (column: OptionColumnId, row: (typeof OPTION_ROWS)[number]) => (
    <span className="option-grid__cite">
      {' '}
      {OPTION_COLUMNS[column].sources[row].map((id) => `[${numberOf(id)}]`).join(' ')}
    </span>
  );
  return (
    <div className="option-grid" data-columns={columns.length}>
      <table className="option-grid__table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td />
            {columns.map((column) => (
              <th key={column} scope="col">
                {optionGrid.columns[column].name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {OPTION_ROWS.map((row) => (
            <tr key={row}>
              <th scope="row">{optionGrid.rows[row]}</th>
              {columns.map((column) => (
                <td key={column} data-option={column}>
                  {optionGrid.columns[column].cells[row]}
                  {cite(column, row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="option-grid__stacked">
        {OPTION_ROWS.map((row) => (
          <section key={row} className="option-grid__row">
            <RowHeading className="heading-s">{optionGrid.rows[row]}</RowHeading>
            <dl className="option-grid__cells">
              {columns.map((column) => (
                <Fragment key={column}>
                  <dt>{optionGrid.columns[column].name}</dt>
                  <dd>
                    {optionGrid.columns[column].cells[row]}
                    {cite(column, row)}
                  </dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}
