import type { TOGETHER_KINDS } from '@amend/core';
import { useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { formatCalendarDate, t, todayInTimeZone } from '../../i18n';
import { failedOffline, keepMarkToSendLater } from '../../offline/outbox';
import { useMe, useTimeZone } from '../accounts/api';
import { useMarkTogetherHappened } from './api';
import type { TogetherOverview } from './types';

type Kind = (typeof TOGETHER_KINDS)[number];

/**
 * Time together planned, and the button to say it happened once its day has come. Without a
 * connection the mark is kept on this device and sent when the connection returns; the plan
 * says so meanwhile.
 */
export function TogetherPlans({ plans }: { plans: TogetherOverview['plans'] }) {
  const today = todayInTimeZone(useTimeZone());
  const userId = useMe().data?.id;
  const mark = useMarkTogetherHappened();
  // Plans whose mark waits on this device; the page shows the server's answer once it is sent.
  const [waiting, setWaiting] = useState<ReadonlySet<string>>(new Set());
  const markHappened = (plan: TogetherOverview['plans'][number]) => {
    const request = { id: plan.id, happenedOn: plan.plannedFor };
    mark.mutate(request, {
      onError: (error) => {
        if (!failedOffline(error) || !userId) return;
        void keepMarkToSendLater({
          kind: 'together-happened',
          path: `/together/plans/${encodeURIComponent(plan.id)}/happened`,
          body: { happenedOn: request.happenedOn },
          markId: `happened:${plan.id}`,
          userId,
        }).then(() => {
          mark.reset();
          setWaiting((before) => new Set(before).add(plan.id));
        });
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
          ) : waiting.has(plan.id) ? (
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
