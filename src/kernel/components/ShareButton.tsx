// Share button (every view, in the header): copies the deep link, or opens the phone's share sheet,
// and says so for a moment in a live region.
import { useEffect, useRef, useState } from 'react';
import { lang } from '../i18n/lang';
import { t } from '../i18n/strings';
import { shareLink, shareUrl, type ShareOutcome } from '../share/share-link';

function copyFallback(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

const MESSAGE: Record<ShareOutcome, string | null> = { copied: t.share.copied, shared: t.share.shared, cancelled: null, failed: t.share.failed };

export default function ShareButton() {
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const onClick = async () => {
    const outcome = await shareLink(shareUrl(window.location.href, lang), document.title, {
      coarse: window.matchMedia('(pointer: coarse)').matches,
      share: typeof navigator.share === 'function' ? (d) => navigator.share(d) : undefined,
      writeText: navigator.clipboard ? (s) => navigator.clipboard.writeText(s) : undefined,
      copyFallback,
    });
    setMessage(MESSAGE[outcome]);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(null), outcome === 'failed' ? 6000 : 2500);
  };
  return (
    <span className="share">
      <button type="button" className="share-button" data-testid="share" aria-label={t.share.label} onClick={() => void onClick()}>
        {t.share.button}
      </button>
      <span role="status" className="share-status" data-testid="share-status">
        {message}
      </span>
    </span>
  );
}
