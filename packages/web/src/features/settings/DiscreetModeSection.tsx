import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { NEUTRAL_APP_NAME } from '../../app/appearance';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { t } from '../../i18n';
import { type Preferences, useUpdatePreferences } from './api';

/** The switch and what it does, saved with a button so nothing changes by accident. */
export function DiscreetModeSection({ preferences }: { preferences: Preferences }) {
  const headingId = useId();
  const hintId = useId();
  const [discreetMode, setDiscreetMode] = useState(preferences.discreetMode);
  const update = useUpdatePreferences();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ discreetMode });
  };

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.discreet.heading')}</h2>
      <p id={hintId}>{t('settings.discreet.body', { name: NEUTRAL_APP_NAME })}</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <FormAlert message={update.isError ? errorMessage(update.error) : null} />
        <label className="radio-option">
          <input
            type="checkbox"
            name="discreetMode"
            checked={discreetMode}
            aria-describedby={hintId}
            onChange={(event) => {
              update.reset();
              setDiscreetMode(event.target.checked);
            }}
          />
          <span>{t('settings.discreet.label')}</span>
        </label>
        <div className="button-row">
          <SubmitButton pending={update.isPending} pendingLabel={t('settings.discreet.saving')}>
            {t('settings.discreet.save')}
          </SubmitButton>
        </div>
        <p className="status-line muted" role="status">
          {update.isSuccess
            ? t(update.data.discreetMode ? 'settings.discreet.on' : 'settings.discreet.off')
            : ''}
        </p>
      </form>
    </section>
  );
}
