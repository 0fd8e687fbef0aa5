import type { ReactNode } from 'react';
import { PageHeading } from '../../app/ui/PageHeading';
import { t } from '../../i18n';
import { useJournalKeyring } from './api';
import { JournalEntries } from './JournalEntries';
import { JournalSetup } from './JournalSetup';
import { KeyringWaiting } from './KeyringWaiting';
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
    body = <KeyringWaiting keyring={keyring} />;
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
