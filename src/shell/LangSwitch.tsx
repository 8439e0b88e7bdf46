// The language switch: a plain link to this page with ?lang= set. Following it reloads the app in
// the other language (lang.ts reads the parameter and remembers the choice); it works without JS.
import { lang, LANG_PARAM, LANG_STORAGE_KEY, type Lang } from '../kernel/i18n/lang';
import { t } from '../kernel/i18n/strings';
import { buildUrl } from '../kernel/store/url';
import { useAtlasStore } from '../kernel/router/url-state';

export default function LangSwitch() {
  const path = useAtlasStore((s) => s.path);
  const params = useAtlasStore((s) => s.params);
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const href = buildUrl(path, { ...params, [LANG_PARAM]: other });
  return (
    <a
      className="lang-switch"
      href={href}
      hrefLang={other === 'en' ? 'en' : 'zh-CN'}
      lang={other === 'en' ? 'en' : 'zh-CN'}
      data-testid="lang-switch"
      // The name is the visible word (WCAG 2.5.3: a voice user says what they see); the note that
      // document text stays Chinese is the description.
      title={t.lang.switchLabel}
      onClick={() => {
        try {
          localStorage.setItem(LANG_STORAGE_KEY, other);
        } catch {
          /* storage disabled: the URL carries the choice */
        }
      }}
    >
      {t.lang.switchTo}
    </a>
  );
}
