import { fill } from '../i18n/fill';
import { useI18n } from '../i18n/i18n-context';

/**
 * "Found a mistake in this guide? Tell <clinic>", linked to the clinic's phone number or web page,
 * for the footer when the clinic gave a contact (checked by the settings schema: tel: or https:
 * only). Without one, "About this guide" says whom to tell.
 */
export function ReportMistake({ contact, clinicName }: { contact: string; clinicName?: string }) {
  const ui = useI18n().messages.ui;
  const isPhone = contact.startsWith('tel:');
  return (
    <p>
      {ui.app.mistake}{' '}
      <a href={contact} {...(isPhone ? {} : { target: '_blank', rel: 'noopener noreferrer' })}>
        {fill(ui.app.tellClinic, { clinic: clinicName ?? ui.contact.theClinic })}
        {isPhone ? `: ${contact.slice(4)}` : ` ${ui.contact.newTab}`}
      </a>
    </p>
  );
}
