import { useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { t } from '../../i18n';
import { useRemoveContact, useUpdateContact } from './api';
import { ContactForm } from './ContactForm';
import type { SafetyContact } from './types';

const PHONE = /^\+?[\d\s().-]{5,}$/;

/**
 * A phone number becomes a link that dials, a web address one that opens; anything else is
 * shown as written. Only http(s) addresses are linked, so nothing typed can run as a script.
 */
function ContactLink({ contact }: { contact: string }) {
  if (PHONE.test(contact)) {
    return <a href={`tel:${contact.replace(/[^\d+]/g, '')}`}>{contact}</a>;
  }
  if (/^https?:\/\/\S+$/i.test(contact)) {
    return (
      <a href={contact} rel="noopener noreferrer" target="_blank">
        {contact}
      </a>
    );
  }
  return <span>{contact}</span>;
}

export function ContactItem({ contact }: { contact: SafetyContact }) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateContact(contact.id);
  const remove = useRemoveContact(contact.id);

  if (editing) {
    return (
      <ContactForm
        initial={contact}
        submitLabel={t('safety.contacts.save')}
        pendingLabel={t('safety.contacts.saving')}
        pending={update.isPending}
        error={update.error}
        onSubmit={(input) => update.mutate(input, { onSuccess: () => setEditing(false) })}
        onCancel={() => {
          update.reset();
          setEditing(false);
        }}
      />
    );
  }
  return (
    <div className="stack contact">
      <p className="contact__name">{contact.name}</p>
      <p>
        <ContactLink contact={contact.contact} />
      </p>
      {contact.note ? <p className="muted">{contact.note}</p> : null}
      {remove.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(remove.error)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
          {t('safety.contacts.edit')}
          <span className="visually-hidden"> {contact.name}</span>
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={remove.isPending}
          onClick={() => remove.mutate()}
        >
          {remove.isPending ? t('safety.contacts.removing') : t('safety.contacts.removeButton')}
          <span className="visually-hidden"> {contact.name}</span>
        </button>
      </div>
    </div>
  );
}
