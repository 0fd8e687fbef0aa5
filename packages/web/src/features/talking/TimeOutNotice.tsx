import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { t } from '../../i18n';
import { useEndTimeOut } from './api';
import type { TimeOut } from './types';
import { formatReturnTime, nameOf } from './words';

/**
 * One pause as both partners see it: who asked for it and the time agreed to come back; then,
 * once that time has come, a gentle prompt. The person who asked for it can end it early.
 */
export function TimeOutNotice({ timeOut }: { timeOut: TimeOut }) {
  const end = useEndTimeOut();
  const mine = timeOut.calledBy?.isYou === true;
  const time = formatReturnTime(timeOut.returnAt);
  const due = timeOut.status === 'time_to_return';
  let message: string;
  if (due) {
    message = mine
      ? t('talking.timeOut.dueYours')
      : t('talking.timeOut.dueTheirs', { name: nameOf(timeOut.calledBy) });
  } else {
    message = mine
      ? t('talking.timeOut.yours', { time })
      : t('talking.timeOut.theirs', { name: nameOf(timeOut.calledBy), time });
  }
  return (
    <div className="callout stack time-out" data-testid="time-out-notice">
      <p>
        <strong>{message}</strong>
      </p>
      {timeOut.reason && !mine ? (
        <p>{t('talking.timeOut.theirsReason', { reason: timeOut.reason })}</p>
      ) : null}
      {mine ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={end.isPending}
            onClick={() => end.mutate(timeOut.id)}
          >
            {t('talking.timeOut.ready')}
          </button>
        </div>
      ) : null}
      <FormAlert message={end.error ? errorMessage(end.error) : null} />
    </div>
  );
}
