import {
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
import { errorMessage } from '../../app/api/errorMessage';
import { t } from '../../i18n';

/** Thrown when the browser's passkey prompt did not produce a passkey. */
export class PasskeyCeremonyError extends Error {
  constructor(readonly cancelled: boolean) {
    super(cancelled ? 'cancelled' : 'failed');
    this.name = 'PasskeyCeremonyError';
  }
}

/**
 * Whether passkeys can work here: the browser must support WebAuthn, and the page must be
 * reached by a host name, because browsers refuse passkeys for bare IP addresses.
 */
export function canUsePasskeys(): boolean {
  const host = window.location.hostname;
  const isIpAddress = /^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[');
  return browserSupportsWebAuthn() && !isIpAddress;
}

function asCeremonyError(error: unknown): PasskeyCeremonyError {
  const name = error instanceof Error ? error.name : '';
  return new PasskeyCeremonyError(name === 'NotAllowedError' || name === 'AbortError');
}

export async function createPasskey(options: PublicKeyCredentialCreationOptionsJSON) {
  try {
    return await startRegistration({ optionsJSON: options });
  } catch (error) {
    throw asCeremonyError(error);
  }
}

export async function answerWithPasskey(options: PublicKeyCredentialRequestOptionsJSON) {
  try {
    return await startAuthentication({ optionsJSON: options });
  } catch (error) {
    throw asCeremonyError(error);
  }
}

/** The sentence to show for a failed passkey step, whether the browser or the server said no. */
export function passkeyErrorMessage(error: unknown): string {
  if (error instanceof PasskeyCeremonyError) {
    return error.cancelled ? t('security.passkeys.cancelled') : t('security.passkeys.failed');
  }
  return errorMessage(error);
}
