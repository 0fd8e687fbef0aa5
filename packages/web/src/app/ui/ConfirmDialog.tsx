import { type ReactNode, useEffect, useId, useRef } from 'react';
import { FormAlert } from './FormAlert';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  pendingLabel: string;
  error?: string | null | undefined;
  onConfirm: () => void;
  /** Called when the dialog closes without confirming (the cancel button or Escape). */
  onDismiss: () => void;
}

/**
 * A modal question built on the native <dialog>: the browser traps focus, closes it on
 * Escape and returns focus to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  pending,
  pendingLabel,
  error,
  onConfirm,
  onDismiss,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The safe choice gets focus first, so a stray Enter never confirms.
      cancelRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      // Escape must not close the dialog while its action is under way.
      onCancel={(event) => {
        if (pending) event.preventDefault();
      }}
      onClose={onDismiss}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div className="dialog__body">{children}</div>
      <FormAlert message={error} />
      <div className="button-row">
        <button
          type="button"
          className="button button--danger"
          onClick={onConfirm}
          disabled={pending}
        >
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button
          ref={cancelRef}
          type="button"
          className="button button--secondary"
          onClick={onDismiss}
          disabled={pending}
        >
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
