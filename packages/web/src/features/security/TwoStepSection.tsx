import { useId, useState } from 'react';
import { formatDate, t } from '../../i18n';
import { useTimeZone } from '../accounts/api';
import {
  type SecurityOverview,
  useConfirmTotp,
  useDisableTotp,
  useRenewRecoveryCodes,
  useStartTotpSetup,
} from './api';
import { PasswordStep } from './PasswordStep';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { TotpSetupForm } from './TotpSetupForm';

type Step =
  | { kind: 'idle'; notice?: 'turnedOn' | 'turnedOff' }
  | { kind: 'passwordToStart' }
  | { kind: 'scan' }
  | { kind: 'passwordToTurnOff' }
  | { kind: 'passwordToRenew' }
  | { kind: 'codes'; codes: string[]; notice?: 'turnedOn' };

/** Codes from an authenticator app, and the recovery codes that stand in for them. */
export function TwoStepSection({ overview }: { overview: SecurityOverview }) {
  const headingId = useId();
  const timeZone = useTimeZone();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const start = useStartTotpSetup();
  const confirm = useConfirmTotp();
  const turnOff = useDisableTotp();
  const renew = useRenewRecoveryCodes();
  const hasSecondFactor = overview.totp.enabled || overview.passkeys.length > 0;

  const reset = (next: Step = { kind: 'idle' }) => {
    for (const mutation of [start, confirm, turnOff, renew]) mutation.reset();
    setStep(next);
  };

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.totp.heading')}</h2>
      {step.kind === 'codes' ? (
        <RecoveryCodesPanel
          codes={step.codes}
          onDone={() =>
            reset(step.notice ? { kind: 'idle', notice: step.notice } : { kind: 'idle' })
          }
        />
      ) : step.kind === 'passwordToStart' ? (
        <PasswordStep
          submitLabel={t('security.totp.start')}
          pendingLabel={t('security.totp.starting')}
          pending={start.isPending}
          error={start.error}
          onSubmit={(password) =>
            start.mutate(password, { onSuccess: () => setStep({ kind: 'scan' }) })
          }
          onCancel={() => reset()}
        />
      ) : step.kind === 'scan' && start.data ? (
        <TotpSetupForm
          setup={start.data}
          pending={confirm.isPending}
          error={confirm.error}
          onConfirm={(code) =>
            confirm.mutate(code, {
              onSuccess: ({ recoveryCodes }) =>
                reset(
                  recoveryCodes.length > 0
                    ? { kind: 'codes', codes: recoveryCodes, notice: 'turnedOn' }
                    : { kind: 'idle', notice: 'turnedOn' },
                ),
            })
          }
          onCancel={() => reset()}
        />
      ) : step.kind === 'passwordToTurnOff' ? (
        <PasswordStep
          intro={t('security.totp.turnOffIntro')}
          submitLabel={t('security.totp.turnOff')}
          pendingLabel={t('security.totp.turningOff')}
          pending={turnOff.isPending}
          error={turnOff.error}
          variant="secondary"
          onSubmit={(password) =>
            turnOff.mutate(password, {
              onSuccess: () => reset({ kind: 'idle', notice: 'turnedOff' }),
            })
          }
          onCancel={() => reset()}
        />
      ) : step.kind === 'passwordToRenew' ? (
        <PasswordStep
          intro={t('security.recovery.renewIntro')}
          submitLabel={t('security.recovery.renew')}
          pendingLabel={t('security.recovery.renewing')}
          pending={renew.isPending}
          error={renew.error}
          onSubmit={(password) =>
            renew.mutate(password, {
              onSuccess: ({ recoveryCodes }) => reset({ kind: 'codes', codes: recoveryCodes }),
            })
          }
          onCancel={() => reset()}
        />
      ) : (
        <>
          <p>
            {overview.totp.enabled && overview.totp.enabledAt
              ? t('security.totp.on', { date: formatDate(overview.totp.enabledAt, timeZone) })
              : t('security.totp.off')}
          </p>
          {hasSecondFactor ? (
            <p>{t('security.recovery.left', { count: overview.recoveryCodesLeft })}</p>
          ) : null}
          <div className="button-row">
            {overview.totp.enabled ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => reset({ kind: 'passwordToTurnOff' })}
              >
                {t('security.totp.turnOff')}
              </button>
            ) : (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => reset({ kind: 'passwordToStart' })}
              >
                {t('security.totp.start')}
              </button>
            )}
            {hasSecondFactor ? (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => reset({ kind: 'passwordToRenew' })}
              >
                {t('security.recovery.renew')}
              </button>
            ) : null}
          </div>
        </>
      )}
      <p className="status-line muted" role="status">
        {step.kind === 'idle' && step.notice ? t(`security.totp.${step.notice}`) : ''}
      </p>
    </section>
  );
}
