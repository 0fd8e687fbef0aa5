interface FormAlertProps {
  message: string | null | undefined;
}

/** A form-level error, announced as soon as it appears. */
export function FormAlert({ message }: FormAlertProps) {
  if (!message) return null;
  return (
    // Focusable so that focus can return here after a failed request (see useFormErrors).
    <div className="alert alert--error" role="alert" tabIndex={-1}>
      {message}
    </div>
  );
}
