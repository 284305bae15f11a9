import { ApiError } from '../../shared/api';
import type { Translate } from '../i18n/I18nProvider';

/** An error from anywhere, in the user's language; never a stack trace. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    return t(`error.${error.code}`, { message: error.message, ...(error.params ?? {}) });
  }
  return t('error.internal');
}
