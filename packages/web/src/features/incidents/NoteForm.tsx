import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { type FieldErrors, useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { CoachedTextarea } from '../coach/CoachedTextarea';
import { useAddIncidentNote } from './api';
import { NOTE_MAX_LENGTH } from './types';

interface NoteFormProps {
  incidentId: string;
  onDone: () => void;
  onCancel: () => void;
}

/** Context added to an incident you reported. */
export function NoteForm({ incidentId, onDone, onCancel }: NoteFormProps) {
  const addNote = useAddIncidentNote(incidentId);
  const { formRef, errorFor, check } = useFormErrors<'text'>(addNote.error);
  const [text, setText] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<'text'> = {};
    if (text.trim() === '') errors.text = t('incidents.addContext.required');
    else if (text.length > NOTE_MAX_LENGTH) {
      errors.text = t('incidents.fields.tooLong', { max: NOTE_MAX_LENGTH });
    }
    if (!check(errors)) return;
    addNote.mutate(text.trim(), { onSuccess: onDone });
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert message={addNote.isError ? errorMessage(addNote.error) : null} />
      <CoachedTextarea
        label={t('incidents.addContext.label')}
        hint={t('incidents.addContext.hint')}
        name="text"
        value={text}
        onValueChange={setText}
        maxLength={NOTE_MAX_LENGTH}
        error={errorFor('text')}
        required
      />
      <div className="button-row">
        <SubmitButton pending={addNote.isPending}>{t('incidents.addContext.submit')}</SubmitButton>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('incidents.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
