import { t } from '../../i18n';
import { ApiError, NETWORK_ERROR } from './problem';

/** The sentence to show for a failed request: the server's own words when it sent some. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === NETWORK_ERROR) return t('errors.network');
    if (error.status === 429 && error.detail === undefined) return t('errors.rateLimited');
    if (error.detail !== undefined && error.detail !== '') return error.detail;
  }
  return t('errors.unexpected');
}

/** The message for one field, if the server sent one for it. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldErrors[field] : undefined;
}
