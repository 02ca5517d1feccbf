/** The clinic's phone number or web page, checked by the settings schema (tel: or https: only). */
export function ClinicContact({ contact, clinicName }: { contact: string; clinicName?: string }) {
  const isPhone = contact.startsWith('tel:');
  const label = `${isPhone ? 'Call' : 'Contact'} ${clinicName ?? 'the clinic'}`;
  return (
    <p className="header__contact">
      <a href={contact} {...(isPhone ? {} : { target: '_blank', rel: 'noopener noreferrer' })}>
        {label}
        {isPhone ? `: ${contact.slice(4)}` : <span className="visually-hidden"> (opens in a new tab)</span>}
      </a>
    </p>
  );
}
