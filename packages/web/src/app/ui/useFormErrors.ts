import { useEffect, useRef, useState } from 'react';
import { fieldError } from '../api/errorMessage';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Field errors for a form: the ones we can tell before sending (a missing answer) and the
 * ones the server sent back. After a failed check, focus moves to the first field that
 * needs attention, so its message is read out.
 */
export function useFormErrors<F extends string>(serverError: unknown) {
  const formRef = useRef<HTMLFormElement>(null);
  const [clientErrors, setClientErrors] = useState<FieldErrors<F>>({});
  const [failedChecks, setFailedChecks] = useState(0);

  useEffect(() => {
    if (failedChecks > 0) focusFirstProblem(formRef.current);
  }, [failedChecks]);

  // The submit button is disabled while sending, which drops keyboard focus to the page
  // itself; when the server answers with an error, bring focus back to what needs fixing.
  useEffect(() => {
    if (serverError) focusFirstProblem(formRef.current);
  }, [serverError]);

  return {
    formRef,
    errorFor: (field: F): string | undefined =>
      clientErrors[field] ?? fieldError(serverError, field),
    /** Records the errors found before sending; returns true when there are none. */
    check(errors: FieldErrors<F>): boolean {
      setClientErrors(errors);
      const ok = Object.keys(errors).length === 0;
      if (!ok) setFailedChecks((count) => count + 1);
      return ok;
    },
  };
}

function focusFirstProblem(form: HTMLFormElement | null): void {
  form
    ?.querySelector<HTMLElement>(
      '[aria-invalid="true"], fieldset[data-invalid] input, [role="alert"][tabindex]',
    )
    ?.focus();
}

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export function isPasswordLengthValid(password: string): boolean {
  return password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH;
}
