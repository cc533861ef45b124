import type { TFunction } from 'i18next';
import { WorkbenchError } from '../../../shared/api/errors';

/** One line for the status bar: the host's message, and where (file or field) when it adds something. */
export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof WorkbenchError) {
    return error.path && !error.message.includes(error.path)
      ? t('status.errorAt', { message: error.message, path: error.path })
      : t('status.error', { message: error.message });
  }
  return t('status.error', { message: error instanceof Error ? error.message : String(error) });
}
