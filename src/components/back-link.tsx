import { useI18n } from '../i18n/i18n-context';

export function BackLink({ onBack, label }: { onBack: () => void; label?: string }) {
  const { messages } = useI18n();
  return (
    <button type="button" className="back-link" onClick={onBack}>
      {label ?? messages.ui.form.back}
    </button>
  );
}
