import { useState } from 'react';
import { useLocation } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { withNotice } from '../../app/notices';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog';
import { t } from '../../i18n';
import { useDeleteScreen } from './api';

/** For someone who fears their account is being looked at: the result can be cleared for good. */
export function DeleteResult({ screenId }: { screenId: string }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteScreen(screenId);
  const [, navigate] = useLocation();
  return (
    <div>
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
        {t('safety.remove.button')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('safety.remove.title')}
        confirmLabel={t('safety.remove.confirm')}
        cancelLabel={t('safety.remove.cancel')}
        pending={remove.isPending}
        pendingLabel={t('safety.remove.pending')}
        error={remove.isError ? errorMessage(remove.error) : null}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () =>
              navigate('/safety', { replace: true, state: withNotice('safetyResultDeleted') }),
          })
        }
        onDismiss={() => {
          remove.reset();
          setOpen(false);
        }}
      >
        <p>{t('safety.remove.body')}</p>
      </ConfirmDialog>
    </div>
  );
}
