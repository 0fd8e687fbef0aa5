import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { TextField } from '../../app/ui/TextField';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import type { SafetyContact, SafetyContactInput } from './types';

type Field = 'name' | 'contact' | 'note';

interface ContactFormProps {
  initial?: SafetyContact;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: SafetyContactInput, reset: () => void) => void;
  onCancel?: () => void;
}

/** A name, a way to reach them and a note. What was typed stays if saving fails. */
export function ContactForm({
  initial,
  submitLabel,
  pendingLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: ContactFormProps) {
  const { formRef, errorFor, check } = useFormErrors<Field>(error);
  const [name, setName] = useState(initial?.name ?? '');
  const [contact, setContact] = useState(initial?.contact ?? '');
  const [note, setNote] = useState(initial?.note ?? '');

  const reset = () => {
    setName('');
    setContact('');
    setNote('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (name.trim() === '') errors.name = t('safety.contacts.nameRequired');
    if (contact.trim() === '') errors.contact = t('safety.contacts.contactRequired');
    if (!check(errors)) return;
    onSubmit({ name: name.trim(), contact: contact.trim(), note: note.trim() || null }, reset);
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert message={error ? errorMessage(error) : null} />
      <TextField
        label={t('safety.contacts.name')}
        name="name"
        autoComplete="off"
        maxLength={120}
        value={name}
        onValueChange={setName}
        error={errorFor('name')}
      />
      <TextField
        label={t('safety.contacts.contact')}
        name="contact"
        autoComplete="off"
        maxLength={200}
        value={contact}
        onValueChange={setContact}
        error={errorFor('contact')}
      />
      <TextAreaField
        label={t('safety.contacts.note')}
        name="note"
        maxLength={500}
        rows={2}
        value={note}
        onValueChange={setNote}
        error={errorFor('note')}
      />
      <div className="button-row">
        <SubmitButton pending={pending} pendingLabel={pendingLabel} variant="secondary">
          {submitLabel}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('safety.contacts.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
