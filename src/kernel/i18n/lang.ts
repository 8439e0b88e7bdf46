// The UI language, chosen once when the app starts: a link's ?lang= wins (a shared English link
// opens in English), then the reader's last choice (localStorage), then Chinese. Switching reloads
// the page (lang-switch.ts): every strings table is picked at module load, so no component has to
// subscribe to the language, and document content stays as written (Chinese) in either language.
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];
export const LANG_PARAM = 'lang';
export const LANG_STORAGE_KEY = 'atlas.lang';

const isLang = (v: unknown): v is Lang => v === 'zh' || v === 'en';

/** Pure: the language from a query string and a stored choice. */
export function pickLang(search: string, stored: string | null): Lang {
  const fromUrl = new URLSearchParams(search).get(LANG_PARAM);
  if (isLang(fromUrl)) return fromUrl;
  return isLang(stored) ? stored : 'zh';
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled (private mode): the URL alone decides
  }
}

function detect(): Lang {
  if (typeof window === 'undefined') return 'zh'; // node: unit tests and the pipeline
  const lang = pickLang(window.location.search, readStored());
  const fromUrl = new URLSearchParams(window.location.search).get(LANG_PARAM);
  if (isLang(fromUrl)) {
    try {
      localStorage.setItem(LANG_STORAGE_KEY, fromUrl);
    } catch {
      /* storage disabled */
    }
  }
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  return lang;
}

export const lang: Lang = detect();

/** BCP 47 tag for Intl formatters. */
export const locale = lang === 'en' ? 'en' : 'zh-CN';

/** Pick this language's table: `pick({ zh: zhCN, en })`. */
export function pick<T>(tables: Record<Lang, T>): T {
  return tables[lang];
}
