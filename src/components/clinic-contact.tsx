import { fill } from '../i18n/fill';
import { useI18n } from '../i18n/i18n-context';

/** The clinic's phone number or web page, checked by the settings schema (tel: or https: only). */
export function ClinicContact({
  contact,
  clinicName,
  className = 'header__contact',
}: {
  contact: string;
  clinicName?: string;
  /** The header's white-on-colour style by default; a page's own elsewhere. */
  className?: string;
}) {
  const words = useI18n().messages.ui.contact;
  const isPhone = contact.startsWith('tel:');
  const label = fill(isPhone ? words.call : words.visit, { clinic: clinicName ?? words.theClinic });
  return (
    <p className={className}>
      <a href={contact} {...(isPhone ? {} : { target: '_blank', rel: 'noopener noreferrer' })}>
        {label}
        {isPhone ? `: ${contact.slice(4)}` : <span className="visually-hidden"> {words.newTab}</span>}
      </a>
    </p>
  );
}
