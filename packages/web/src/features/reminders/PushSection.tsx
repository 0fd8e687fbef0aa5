import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { t } from '../../i18n';
import { remindersKey } from './api';
import { type PushState, pushState, turnPushOff, turnPushOn } from './push';

/** Turns notifications on or off for this browser; the choices above say what is sent. */
export function PushSection({ devices }: { devices: number }) {
  const headingId = useId();
  const queryClient = useQueryClient();
  const [state, setState] = useState<PushState | null>(null);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void pushState().then(setState);
  }, []);

  const change = async (turn: () => Promise<PushState>) => {
    setWorking(true);
    setFailure(null);
    try {
      setState(await turn());
      await queryClient.invalidateQueries({ queryKey: remindersKey });
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reminders.push.heading')}</h2>
      <FormAlert message={failure} />
      <p role="status">
        {state === 'on'
          ? t('reminders.push.on', { count: devices })
          : state === 'off'
            ? t('reminders.push.off')
            : state === 'blocked'
              ? t('reminders.push.blocked')
              : state === 'unsupported'
                ? t('reminders.push.unsupported')
                : ''}
      </p>
      <p className="fine-print">{t('reminders.push.watched')}</p>
      {state === 'on' || state === 'off' ? (
        <div className="button-row">
          <button
            type="button"
            className={`button ${state === 'on' ? 'button--quiet' : 'button--secondary'}`}
            disabled={working}
            onClick={() => void change(state === 'on' ? turnPushOff : turnPushOn)}
          >
            {working
              ? t('reminders.push.working')
              : state === 'on'
                ? t('reminders.push.disable')
                : t('reminders.push.enable')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
