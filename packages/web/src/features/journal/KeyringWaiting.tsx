import { LoadFailed } from '../../app/ui/LoadFailed';
import { Loading } from '../../app/ui/Loading';
import { t } from '../../i18n';

/** What a journal page shows until the keyring is read: a loading line, or what failed with a retry. */
export function KeyringWaiting({
  keyring,
}: {
  readonly keyring: { readonly isError: boolean; refetch(): Promise<unknown> };
}) {
  return keyring.isError ? (
    <LoadFailed onRetry={() => void keyring.refetch()} />
  ) : (
    <Loading label={t('journal.loading')} />
  );
}
