import { JOURNAL_ENTRY_MAX_CHARACTERS } from '@amend/core';
import { type FormEvent, useEffect, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { useFormErrors } from '../../app/ui/useFormErrors';
import { formatDateTime, t } from '../../i18n';
import { type StoredEntry, useChangeEntry, useDeleteEntry } from './api';
import { decryptEntry, encryptEntry, type UnlockedJournal } from './crypto';

/** Decrypted text lives in this component's state only, and goes when it unmounts (on lock). */
type Decrypted = { state: 'opening' } | { state: 'open'; text: string } | { state: 'unreadable' };

function useDecrypted(journal: UnlockedJournal, entry: StoredEntry): Decrypted {
  const [decrypted, setDecrypted] = useState<Decrypted>({ state: 'opening' });
  const { iv, ciphertext } = entry;
  useEffect(() => {
    let current = true;
    decryptEntry(journal, { iv, ciphertext }).then(
      (text) => current && setDecrypted({ state: 'open', text }),
      () => current && setDecrypted({ state: 'unreadable' }),
    );
    return () => {
      current = false;
    };
  }, [journal, iv, ciphertext]);
  return decrypted;
}

/** The entry's words must be checked before sending, because the server cannot read them. */
export function entryTextError(text: string): string | undefined {
  if (text.trim() === '') return t('journal.entries.textRequired');
  if (text.length > JOURNAL_ENTRY_MAX_CHARACTERS) {
    return t('journal.entries.tooLong', { max: JOURNAL_ENTRY_MAX_CHARACTERS });
  }
  return undefined;
}

function EditEntry(props: {
  journal: UnlockedJournal;
  entry: StoredEntry;
  text: string;
  onDone: () => void;
}) {
  const change = useChangeEntry();
  const [text, setText] = useState(props.text);
  const { formRef, errorFor, check } = useFormErrors<'text'>(change.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = entryTextError(text);
    if (!check(problem ? { text: problem } : {})) return;
    const sealed = await encryptEntry(props.journal, text);
    change.mutate({ id: props.entry.id, ...sealed }, { onSuccess: props.onDone });
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <FormAlert message={change.isError ? errorMessage(change.error) : null} />
      <TextAreaField
        label={t('journal.entries.editLabel')}
        name="text"
        value={text}
        onValueChange={setText}
        maxLength={JOURNAL_ENTRY_MAX_CHARACTERS}
        error={errorFor('text')}
        rows={8}
        required
      />
      <div className="button-row">
        <SubmitButton pending={change.isPending} variant="secondary">
          {t('journal.entries.saveChanges')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={props.onDone}>
          {t('journal.entries.cancel')}
        </button>
      </div>
    </form>
  );
}

interface EntryItemProps {
  journal: UnlockedJournal;
  entry: StoredEntry;
  timeZone: string | undefined;
  onDeleted: () => void;
}

export function EntryItem({ journal, entry, timeZone, onDeleted }: EntryItemProps) {
  const decrypted = useDecrypted(journal, entry);
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const remove = useDeleteEntry();
  const edited = entry.updatedAt !== entry.createdAt;

  return (
    <article className="card stack journal__entry">
      <p className="journal__meta">
        {t('journal.entries.writtenOn', { date: formatDateTime(entry.createdAt, timeZone) })}
        {edited
          ? `, ${t('journal.entries.editedOn', { date: formatDateTime(entry.updatedAt, timeZone) })}`
          : null}
      </p>
      {decrypted.state === 'opening' ? (
        <p className="loading">{t('journal.entries.decrypting')}</p>
      ) : null}
      {decrypted.state === 'unreadable' ? (
        <p className="alert">{t('journal.entries.unreadable')}</p>
      ) : null}
      {decrypted.state === 'open' && editing ? (
        <EditEntry
          journal={journal}
          entry={entry}
          text={decrypted.text}
          onDone={() => setEditing(false)}
        />
      ) : null}
      {decrypted.state === 'open' && !editing ? (
        <p className="journal__text">{decrypted.text}</p>
      ) : null}
      {editing ? null : (
        <div className="button-row">
          {decrypted.state === 'open' ? (
            <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
              {t('journal.entries.edit')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setConfirmingDelete(true)}
          >
            {t('journal.entries.delete')}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirmingDelete}
        title={t('journal.entries.deleteTitle')}
        confirmLabel={t('journal.entries.deleteConfirm')}
        cancelLabel={t('journal.entries.cancel')}
        pending={remove.isPending}
        pendingLabel={t('journal.entries.deleting')}
        error={remove.isError ? errorMessage(remove.error) : null}
        onConfirm={() =>
          remove.mutate(entry.id, {
            onSuccess: () => {
              setConfirmingDelete(false);
              onDeleted();
            },
          })
        }
        onDismiss={() => {
          setConfirmingDelete(false);
          remove.reset();
        }}
      >
        <p>{t('journal.entries.deleteBody')}</p>
      </ConfirmDialog>
    </article>
  );
}
