// A failed load as the user should read it. Offline, a file the browser cannot fetch is one the
// service worker has not kept: above the precache budget (scripts/vite/precache-budget.ts) it keeps
// only the documents opened while online. The panels say that, not "网络错误：Failed to fetch".
import { t } from '../i18n/strings';
import type { DataLoadError } from './loader';

/** Duck-typed: a DataLoadError whose request got no answer, while the browser says it is offline. */
export function isOfflineMiss(error: Error, online: boolean): boolean {
  return !online && (error as Partial<DataLoadError>).network === true;
}

/** The reason line of a failed load (error panel, the partial notice's list). */
export function loadErrorReason(error: Error, online: boolean): string {
  if (isOfflineMiss(error, online)) return t.errors.offlineReason;
  return 'reason' in error ? (error as DataLoadError).reason : error.message;
}
