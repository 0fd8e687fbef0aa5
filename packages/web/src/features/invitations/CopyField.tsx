import { useId, useRef, useState } from 'react';
import { t } from '../../i18n';

interface CopyFieldProps {
  label: string;
  value: string;
  copyLabel: string;
  className?: string;
}

/** A read-only value with a copy button; if the clipboard is unavailable, it selects the text. */
export function CopyField({ label, value, copyLabel, className }: CopyFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      inputRef.current?.select();
      setStatus('failed');
    }
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field">
        <input
          ref={inputRef}
          id={id}
          className={['input', 'copy-field__value', className].filter(Boolean).join(' ')}
          value={value}
          readOnly
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <p className="field__hint status-line" role="status">
        {status === 'copied' ? t('invitations.copied') : null}
        {status === 'failed' ? t('invitations.copyFailed') : null}
      </p>
    </div>
  );
}
