import { useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { errorMessage } from '../../app/api/errorMessage';
import { withNotice } from '../../app/notices';
import { ConfirmDialog } from '../../app/ui/ConfirmDialog';
import { RadioGroup } from '../../app/ui/RadioGroup';
import { t } from '../../i18n';
import type { SharedRecordsChoice } from '../privacy/types';
import { useLeaveSpace } from './api';
import type { Member } from './types';

/**
 * Leaving, with what happens explained first and a choice about what was shared: it stays with
 * the partner as history, or it leaves too. Nothing is preselected; the person decides.
 * Agreements are said apart: they stay with the partner either way (privacy/withdrawal.ts).
 */
export function LeaveSpaceSection({ members }: { members: readonly Member[] }) {
  const headingId = useId();
  const leaveSpace = useLeaveSpace();
  const [, navigate] = useLocation();
  const [isConfirming, setIsConfirming] = useState(false);
  const [choice, setChoice] = useState<SharedRecordsChoice | null>(null);
  const [choiceMissing, setChoiceMissing] = useState(false);
  const partner = members.find((member) => !member.isYou);

  const close = () => {
    setIsConfirming(false);
    setChoiceMissing(false);
    leaveSpace.reset();
  };

  const leave = () => {
    if (!choice) {
      setChoiceMissing(true);
      return;
    }
    leaveSpace.mutate(choice, {
      // Same page, new history state: the space page then offers to create a new space,
      // with a notice confirming what happened.
      onSuccess: () => navigate('/space', { replace: true, state: withNotice('leftSpace') }),
    });
  };

  return (
    <section className="stack leave-space" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('space.leave.heading')}</h2>
      <p>{t('space.leave.intro')}</p>
      <div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setIsConfirming(true)}
        >
          {t('space.leave.button')}
        </button>
      </div>
      <ConfirmDialog
        open={isConfirming}
        title={t('space.leave.dialogTitle')}
        confirmLabel={t('space.leave.confirm')}
        cancelLabel={t('space.leave.cancel')}
        pending={leaveSpace.isPending}
        pendingLabel={t('space.leave.pending')}
        error={leaveSpace.isError ? errorMessage(leaveSpace.error) : null}
        onConfirm={leave}
        onDismiss={close}
      >
        <div className="stack">
          <p>
            {partner
              ? t('privacy.leave.explanation', { partnerName: partner.displayName })
              : t('privacy.leave.explanationAlone')}
          </p>
          <p>
            {partner
              ? t('privacy.leave.agreements', { partnerName: partner.displayName })
              : t('privacy.leave.agreementsAlone')}
          </p>
          <ul className="stack">
            <li>
              <strong>{t('privacy.leave.keep')}.</strong> {t('privacy.leave.keepHint')}
            </li>
            <li>
              <strong>{t('privacy.leave.withdraw')}.</strong> {t('privacy.leave.withdrawHint')}
            </li>
          </ul>
          <p>
            <Link href="/privacy">{t('privacy.leave.exportLink')}</Link>
          </p>
          <RadioGroup<SharedRecordsChoice>
            legend={t('privacy.leave.choiceLegend')}
            name="shared-records"
            options={[
              { value: 'keep', label: t('privacy.leave.keep') },
              { value: 'withdraw', label: t('privacy.leave.withdraw') },
            ]}
            value={choice}
            onChange={(value) => {
              setChoice(value);
              setChoiceMissing(false);
            }}
            error={choiceMissing ? t('privacy.leave.choiceRequired') : undefined}
            required
          />
        </div>
      </ConfirmDialog>
    </section>
  );
}
