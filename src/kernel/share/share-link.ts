// The link a share button hands on: the page's own URL (every view keeps its state in the query),
// plus lang=en when the reader uses the English UI, so the recipient sees the same page.
import { LANG_PARAM, type Lang } from '../i18n/lang';

export function shareUrl(href: string, lang: Lang): string {
  const url = new URL(href);
  if (lang === 'en') url.searchParams.set(LANG_PARAM, 'en');
  return url.toString();
}

/** Phones share through the system sheet; desktops copy (a desktop share sheet is a detour). */
export function prefersShareSheet(env: { coarse: boolean; canShare: boolean }): boolean {
  return env.coarse && env.canShare;
}

export type ShareOutcome = 'copied' | 'shared' | 'cancelled' | 'failed';

export interface ShareEnv {
  coarse: boolean;
  share?: (data: { url: string; title: string }) => Promise<void>;
  writeText?: (text: string) => Promise<void>;
  /** Fallback copy (execCommand) where the Clipboard API is missing (http, old browsers). */
  copyFallback: (text: string) => boolean;
}

export async function shareLink(url: string, title: string, env: ShareEnv): Promise<ShareOutcome> {
  if (env.share && prefersShareSheet({ coarse: env.coarse, canShare: true })) {
    try {
      await env.share({ url, title });
      return 'shared';
    } catch (err) {
      // The reader closed the sheet: nothing to confirm, nothing failed.
      if (err instanceof Error && err.name === 'AbortError') return 'cancelled';
      // Any other refusal (no permission): fall through to copying.
    }
  }
  if (env.writeText) {
    try {
      await env.writeText(url);
      return 'copied';
    } catch {
      /* clipboard permission denied: try the fallback */
    }
  }
  return env.copyFallback(url) ? 'copied' : 'failed';
}
