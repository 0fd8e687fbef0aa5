import { useId } from 'react';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { t } from '../../i18n';
import { CoachNotes } from '../coach/CoachNotes';
import { NOTE_MAX_LENGTH, NOTE_VISIBILITIES, type NoteVisibility } from './types';

interface NoteFieldProps {
  note: string;
  onNoteChange: (note: string) => void;
  visibility: NoteVisibility;
  onVisibilityChange: (visibility: NoteVisibility) => void;
  noteError?: string | undefined;
  visibilityError?: string | undefined;
}

/**
 * The optional note and who may read it. There is no maxlength on the textarea: a pasted
 * note that is too long is kept whole and the person is asked to shorten it, never cut off.
 */
export function NoteField({
  note,
  onNoteChange,
  visibility,
  onVisibilityChange,
  noteError,
  visibilityError,
}: NoteFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const counterId = `${id}-counter`;
  const errorId = `${id}-error`;
  const coachId = `${id}-coach`;
  // Only a note the partner will read is coached.
  const coached = visibility === 'partner';
  const tooLong = note.length > NOTE_MAX_LENGTH;

  return (
    <div className="stack">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('checkIn.note.label')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('checkIn.note.hint')}
        </p>
        {noteError ? (
          <p className="field__error" id={errorId}>
            {noteError}
          </p>
        ) : null}
        <textarea
          id={id}
          name="note"
          rows={5}
          className="input textarea"
          value={note}
          onChange={(event) => onNoteChange(event.target.value)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={[
            hintId,
            counterId,
            noteError ? errorId : null,
            coached ? coachId : null,
          ]
            .filter(Boolean)
            .join(' ')}
        />
        <p id={counterId} className={tooLong ? 'counter counter--over' : 'counter'}>
          {t('checkIn.note.counter', { count: note.length, max: NOTE_MAX_LENGTH })}
        </p>
        {coached ? (
          <CoachNotes text={note} onUseSuggestion={onNoteChange} summaryId={coachId} />
        ) : null}
      </div>
      <RadioGroup
        legend={t('checkIn.note.visibilityLegend')}
        hint={t('checkIn.note.sharing')}
        name="noteVisibility"
        options={NOTE_VISIBILITIES.map((value) => ({
          value,
          label: t(`checkIn.note.visibility.${value}`),
        }))}
        value={visibility}
        onChange={onVisibilityChange}
        error={visibilityError}
      />
    </div>
  );
}
