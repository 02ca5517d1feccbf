// Ruled lines as elements, not a background: browsers leave backgrounds off paper by default.
const NOTE_LINES = [0, 1];

/**
 * A question the person wrote, printed as they wrote it among the questions for the surgeon:
 * marked as theirs, with no reason or source (it is a question, not a claim), and with the same
 * room for the answer on paper as the questions everyone should ask.
 */
export function OwnQuestion({ question, label }: { question: string; label: string }) {
  return (
    <li className="point point--with-notes point--own">
      <div className="point__text">
        <p className="point__action">
          <span className="point__tier">{label}: </span>
          {question}
        </p>
      </div>
      <div className="point__notes print-only" aria-hidden="true">
        {NOTE_LINES.map((line) => (
          <div key={line} className="notes-box__line" />
        ))}
      </div>
    </li>
  );
}
