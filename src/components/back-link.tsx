export function BackLink({ onBack, label = 'Back' }: { onBack: () => void; label?: string }) {
  return (
    <button type="button" className="back-link" onClick={onBack}>
      {label}
    </button>
  );
}
