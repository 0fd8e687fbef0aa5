import { useId } from 'react';
import { errorMessage } from '../../app/api/errorMessage';
import { FormAlert } from '../../app/ui/FormAlert';
import { t } from '../../i18n';
import { useDownloadEverything } from './api';

/** One button for one ZIP of everything; the page's one primary action. */
export function ExportSection() {
  const headingId = useId();
  const download = useDownloadEverything();

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('privacy.export.heading')}</h2>
      <p>{t('privacy.export.body')}</p>
      <p>{t('privacy.export.journalNote')}</p>
      <p className="muted">{t('privacy.export.deviceNote')}</p>
      <div>
        <button
          type="button"
          className="button button--primary"
          disabled={download.isPending}
          onClick={() => download.mutate()}
        >
          {download.isPending ? t('privacy.export.preparing') : t('privacy.export.button')}
        </button>
      </div>
      {/* Always present, so that "preparing" and "ready" are announced as they happen. */}
      <p role="status" className="status-line">
        {download.isPending ? t('privacy.export.preparing') : null}
        {download.isSuccess ? t('privacy.export.done', { fileName: download.data.fileName }) : null}
      </p>
      <FormAlert message={download.isError ? errorMessage(download.error) : null} />
    </section>
  );
}
