import { useId, useState } from 'react';
import { formatDate, t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import { AddPasskeyForm } from './AddPasskeyForm';
import { type Passkey, type SecurityOverview, useAddPasskey, useRemovePasskey } from './api';
import { PasswordStep } from './PasswordStep';
import { canUsePasskeys } from './passkeys';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';

type Step =
  | { kind: 'idle'; notice?: string }
  | { kind: 'adding' }
  | { kind: 'removing'; passkey: Passkey }
  | { kind: 'codes'; codes: string[]; notice: string };

function PasskeyItem({ passkey, onRemove }: { passkey: Passkey; onRemove: () => void }) {
  const timeZone = useTimeZone();
  const used = passkey.lastUsedAt
    ? t('security.passkeys.lastUsed', { date: formatDate(passkey.lastUsedAt, timeZone) })
    : t('security.passkeys.neverUsed');
  return (
    <li className="security-item">
      <div>
        <p className="security-item__title">{passkey.name}</p>
        <p className="muted">
          {t('security.passkeys.added', { date: formatDate(passkey.createdAt, timeZone) })}, {used}
        </p>
      </div>
      <button
        type="button"
        className="button button--quiet"
        onClick={onRemove}
        aria-label={`${t('security.passkeys.remove')}: ${passkey.name}`}
      >
        {t('security.passkeys.remove')}
      </button>
    </li>
  );
}

/** The person's passkeys: add one with this device, or remove one they no longer use. */
export function PasskeysSection({ overview }: { overview: SecurityOverview }) {
  const headingId = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const add = useAddPasskey();
  const remove = useRemovePasskey();
  const supported = canUsePasskeys();

  const reset = (next: Step = { kind: 'idle' }) => {
    add.reset();
    remove.reset();
    setStep(next);
  };

  const body = () => {
    if (step.kind === 'codes') {
      return (
        <RecoveryCodesPanel
          codes={step.codes}
          onDone={() => reset({ kind: 'idle', notice: step.notice })}
        />
      );
    }
    if (step.kind === 'adding') {
      return (
        <AddPasskeyForm
          pending={add.isPending}
          error={add.error}
          onCancel={() => reset()}
          onSubmit={(input) =>
            add.mutate(input, {
              onSuccess: ({ passkey, recoveryCodes }) => {
                const notice = t('security.passkeys.addedNotice', { name: passkey.name });
                reset(
                  recoveryCodes.length > 0
                    ? { kind: 'codes', codes: recoveryCodes, notice }
                    : { kind: 'idle', notice },
                );
              },
            })
          }
        />
      );
    }
    if (step.kind === 'removing') {
      return (
        <PasswordStep
          intro={`${t('security.passkeys.removeTitle', { name: step.passkey.name })} ${t('security.passkeys.removeBody')}`}
          submitLabel={t('security.passkeys.removeConfirm')}
          pendingLabel={t('security.passkeys.removing')}
          pending={remove.isPending}
          error={remove.error}
          variant="secondary"
          onSubmit={(password) =>
            remove.mutate({ id: step.passkey.id, password }, { onSuccess: () => reset() })
          }
          onCancel={() => reset()}
        />
      );
    }
    return (
      <>
        {overview.passkeys.length > 0 ? (
          <ul className="plain-list stack">
            {overview.passkeys.map((passkey) => (
              <PasskeyItem
                key={passkey.id}
                passkey={passkey}
                onRemove={() => reset({ kind: 'removing', passkey })}
              />
            ))}
          </ul>
        ) : (
          <p className="muted">{t('security.passkeys.none')}</p>
        )}
        {!overview.passkeysAvailable ? (
          <p>{t('security.passkeys.unavailable')}</p>
        ) : !supported ? (
          <p>{t('security.passkeys.unsupported')}</p>
        ) : (
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => reset({ kind: 'adding' })}
            >
              {t('security.passkeys.add')}
            </button>
          </div>
        )}
      </>
    );
  };

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.passkeys.heading')}</h2>
      <p>{t('security.passkeys.intro')}</p>
      {body()}
      <p className="status-line muted" role="status">
        {step.kind === 'idle' && step.notice ? step.notice : ''}
      </p>
    </section>
  );
}
