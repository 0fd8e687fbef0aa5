import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n';

interface RecoveryCodesPanelProps {
  codes: readonly string[];
  onDone: () => void;
}

/**
 * Recovery codes, shown once, straight from the request that made them. They can be copied or
 * saved as a text file (made in the browser; nothing is fetched again).
 */
export function RecoveryCodesPanel({ codes, onDone }: RecoveryCodesPanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [downloadUrl, setDownloadUrl] = useState<string | null>(null);
  const text = [t('security.recovery.fileIntro'), '', ...codes, ''].join('\n');

  // The codes replace whatever the person was doing: take them there, so nothing is missed.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    setDownloadUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopyStatus('copied');
    } catch {
      setCopyStatus('failed');
    }
  };

  return (
    <section className="callout stack" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('security.recovery.heading')}
      </h3>
      <p>{t('security.recovery.explain')}</p>
      <ol className="recovery-codes" aria-label={t('security.recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code} className="recovery-codes__code">
            {code}
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('security.recovery.copy')}
        </button>
        {downloadUrl ? (
          <a
            className="button button--secondary"
            href={downloadUrl}
            download={t('security.recovery.fileName')}
          >
            {t('security.recovery.download')}
          </a>
        ) : null}
      </div>
      <p className="field__hint status-line" role="status">
        {copyStatus === 'copied' ? t('security.recovery.copied') : null}
        {copyStatus === 'failed' ? t('security.recovery.copyFailed') : null}
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('security.recovery.done')}
        </button>
      </div>
    </section>
  );
}
