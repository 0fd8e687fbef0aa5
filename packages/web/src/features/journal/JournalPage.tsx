import type { ReactNode } from 'react';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useJournalKeyring } from './api';
import { JournalEntries } from './JournalEntries';
import { JournalSetup } from './JournalSetup';
import { useUnlockedJournal } from './session';
import { UnlockForm } from './UnlockForm';
import './journal.css';

/**
 * The private journal: set up on first use, then locked until the passphrase is entered on this
 * device. Belongs to the person alone, so it needs no recovery space.
 */
export function JournalPage() {
  const keyring = useJournalKeyring();
  const journal = useUnlockedJournal();

  let body: ReactNode;
  if (keyring.data === undefined) {
    body = keyring.isError ? (
      <LoadFailed onRetry={() => void keyring.refetch()} />
    ) : (
      <Loading label={t('journal.loading')} />
    );
  } else if (keyring.data === null) {
    body = <JournalSetup />;
  } else if (journal === null) {
    body = <UnlockForm keyring={keyring.data} />;
  } else {
    body = <JournalEntries journal={journal} />;
  }
  return (
    <div className="stack stack--loose">
      <PageHeading>{t('journal.title')}</PageHeading>
      {body}
    </div>
  );
}
