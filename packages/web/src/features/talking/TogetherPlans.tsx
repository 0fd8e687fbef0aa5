import type { TOGETHER_KINDS } from '@amend/core';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { formatCalendarDate, t, todayInTimeZone } from '../../i18n';
import { failedOffline, keepMarkToSendLater, useOutbox } from '../../offline/outbox';
import { useMe, useTimeZone } from '../accounts/api';
import { useMarkTogetherHappened } from './api';
import type { TogetherOverview } from './types';

type Kind = (typeof TOGETHER_KINDS)[number];

/** The outbox key of a plan's mark: one per plan, so marking it again offline keeps one. */
const markKey = (planId: string) => `happened:${planId}`;

/**
 * Time together planned, and the button to say it happened once its day has come. Without a
 * connection the mark is kept on this device and sent when the connection returns; the plan
 * says so meanwhile (read from the outbox, so also after a reload).
 */
export function TogetherPlans({ plans }: { plans: TogetherOverview['plans'] }) {
  const today = todayInTimeZone(useTimeZone());
  const userId = useMe().data?.id;
  const mark = useMarkTogetherHappened();
  const { waitingKeys } = useOutbox();
  const markHappened = (plan: TogetherOverview['plans'][number]) => {
    const request = { id: plan.id, happenedOn: plan.plannedFor };
    mark.mutate(request, {
      onError: (error) => {
        if (!failedOffline(error) || !userId) return;
        void keepMarkToSendLater({
          kind: 'together-happened',
          path: `/together/plans/${encodeURIComponent(plan.id)}/happened`,
          body: { happenedOn: request.happenedOn },
          markId: markKey(plan.id),
          userId,
        }).then(() => mark.reset());
      },
    });
  };
  if (plans.length === 0) return <p>{t('talking.together.plansEmpty')}</p>;
  return (
    <ul className="plain-list stack">
      {plans.map((plan) => (
        <li key={plan.id} className="talking-item stack">
          <p>
            {t('talking.together.planLine', {
              kind: t(`talking.together.kinds.${plan.kind as Kind}`),
              date: formatCalendarDate(plan.plannedFor),
              title: plan.title,
            })}
          </p>
          {plan.happenedOn ? (
            <p className="muted">
              {t('talking.together.happenedOn', { date: formatCalendarDate(plan.happenedOn) })}
            </p>
          ) : waitingKeys.has(markKey(plan.id)) ? (
            <p className="muted" role="status">
              {t('talking.together.happenedWaiting')}
            </p>
          ) : plan.plannedFor <= today ? (
            <div className="button-row">
              <button
                type="button"
                className="button button--secondary"
                disabled={mark.isPending}
                onClick={() => markHappened(plan)}
              >
                {t('talking.together.markHappened')}
              </button>
            </div>
          ) : null}
        </li>
      ))}
      {mark.error ? <FormAlert message={errorMessage(mark.error)} /> : null}
    </ul>
  );
}
