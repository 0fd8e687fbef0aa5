import { useId } from 'react';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { t } from '../../i18n';
import { useAddContact, useSafetyContacts } from './api';
import { ContactForm } from './ContactForm';
import { ContactItem } from './ContactItem';

/** The person's own help close to home, which only they can see. */
export function ContactsSection() {
  const headingId = useId();
  const contacts = useSafetyContacts();
  const add = useAddContact();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('safety.contacts.heading')}</h2>
      <p>{t('safety.contacts.intro')}</p>
      {contacts.isError ? <LoadFailed onRetry={() => void contacts.refetch()} /> : null}
      {contacts.data?.length === 0 ? <p className="muted">{t('safety.contacts.empty')}</p> : null}
      {contacts.data && contacts.data.length > 0 ? (
        <ul className="plain-list contact-list">
          {contacts.data.map((contact) => (
            <li key={contact.id}>
              <ContactItem contact={contact} />
            </li>
          ))}
        </ul>
      ) : null}
      <ContactForm
        submitLabel={t('safety.contacts.add')}
        pendingLabel={t('safety.contacts.adding')}
        pending={add.isPending}
        error={add.error}
        onSubmit={(input, reset) => add.mutate(input, { onSuccess: reset })}
      />
    </section>
  );
}
