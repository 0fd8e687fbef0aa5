import { JOURNAL_ENTRY_MAX_CHARACTERS } from '@amend/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextAreaField } from '../../app/ui/TextAreaField';
import { useFormErrors } from '../../app/ui/useFormErrors';
import { t } from '../../i18n';
import { useMe } from '../accounts/api';
import { useCreateEntry, useJournalEntries } from './api';
import { encryptEntry, type UnlockedJournal } from './crypto';
import { EntryItem, entryTextError } from './EntryItem';
import { JOURNAL_IDLE_LOCK_MS, lockJournal } from './session';

/**
 * A new entry, encrypted here before it is sent. What is typed is never saved as a draft on
 * the device, because a draft would be readable; a failed save keeps it on screen instead.
 */
function WriteEntry({ journal, onSaved }: { journal: UnlockedJournal; onSaved: () => void }) {
  const headingId = useId();
  const create = useCreateEntry();
  const [text, setText] = useState('');
  const [encrypting, setEncrypting] = useState(false);
  // One key per entry being written, so a retry after a lost answer is stored once.
  const idempotencyKey = useRef(crypto.randomUUID());
  const { formRef, errorFor, check } = useFormErrors<'text'>(create.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = entryTextError(text);
    if (!check(problem ? { text: problem } : {})) return;
    setEncrypting(true);
    try {
      const sealed = await encryptEntry(journal, text);
      await create.mutateAsync({ ...sealed, idempotencyKey: idempotencyKey.current });
      idempotencyKey.current = crypto.randomUUID();
      setText('');
      onSaved();
    } catch {
      // The error is shown from the mutation's state; the text stays as it was.
    } finally {
      setEncrypting(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('journal.entries.writeHeading')}</h2>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <FormAlert message={create.isError ? errorMessage(create.error) : null} />
        <TextAreaField
          label={t('journal.entries.textLabel')}
          hint={t('journal.entries.textHint')}
          name="text"
          value={text}
          onValueChange={setText}
          maxLength={JOURNAL_ENTRY_MAX_CHARACTERS}
          error={errorFor('text')}
          rows={6}
          required
        />
        <div>
          <SubmitButton pending={encrypting} pendingLabel={t('journal.entries.saving')}>
            {t('journal.entries.save')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}

/** The unlocked journal: write, read, change and delete entries. */
export function JournalEntries({ journal }: { journal: UnlockedJournal }) {
  const listHeadingId = useId();
  const entries = useJournalEntries(true);
  const me = useMe();
  const [status, setStatus] = useState<string | null>(null);

  if (entries.data === undefined) {
    if (entries.isError) return <LoadFailed onRetry={() => void entries.refetch()} />;
    return <Loading label={t('journal.loading')} />;
  }
  const all = entries.data.pages.flatMap((page) => page.entries);
  return (
    <div className="stack stack--loose">
      <div className="button-row journal__unlocked">
        <p>
          {t('journal.entries.unlockedNote', {
            minutes: Math.round(JOURNAL_IDLE_LOCK_MS / 60_000),
          })}
        </p>
        <button type="button" className="button button--quiet" onClick={lockJournal}>
          {t('journal.entries.lock')}
        </button>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
      <WriteEntry journal={journal} onSaved={() => setStatus(t('journal.entries.saved'))} />
      <section className="stack" aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t('journal.entries.listHeading')}</h2>
        {all.length === 0 ? (
          <p>{t('journal.entries.empty')}</p>
        ) : (
          <ul className="plain-list stack">
            {all.map((entry) => (
              <li key={entry.id}>
                <EntryItem
                  journal={journal}
                  entry={entry}
                  timeZone={me.data?.timeZone}
                  onDeleted={() => setStatus(t('journal.entries.deleted'))}
                />
              </li>
            ))}
          </ul>
        )}
        {entries.hasNextPage ? (
          <div>
            <button
              type="button"
              className="button button--secondary"
              disabled={entries.isFetchingNextPage}
              onClick={() => void entries.fetchNextPage()}
            >
              {entries.isFetchingNextPage
                ? t('journal.entries.loadingOlder')
                : t('journal.entries.older')}
            </button>
          </div>
        ) : null}
      </section>
      <p>
        <Link href="/journal/passphrase">{t('journal.entries.changePassphraseLink')}</Link>
      </p>
    </div>
  );
}
