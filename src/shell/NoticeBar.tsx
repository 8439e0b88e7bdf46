import { t } from '../kernel/i18n/strings';
import { useAtlasStore } from '../kernel/router/url-state';

/** Unknown route / bad parameter notices; tied to the path they were raised on. */
export default function NoticeBar() {
  const notice = useAtlasStore((s) => s.notice);
  const path = useAtlasStore((s) => s.path);
  const setNotice = useAtlasStore((s) => s.setNotice);
  if (!notice || notice.path !== path) return null;
  return (
    <div className="notice" role="status" data-testid="notice">
      <span>{notice.text}</span>
      <button type="button" onClick={() => setNotice(null)}>
        {t.notice.dismiss}
      </button>
    </div>
  );
}
