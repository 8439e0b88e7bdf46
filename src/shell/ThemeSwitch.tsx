// 主题 自动/浅色/深色/投影 in the header: a labelled <select> (one Tab stop, arrow keys, read out
// with its label by screen readers). The choice is remembered (localStorage) and kept in the URL
// (?theme=, so a shared link opens in the same theme) — see kernel/theme/choice.ts.
import { useEffect } from 'react';
import { t } from '../kernel/i18n/strings';
import { useAtlasStore, useUrlParam } from '../kernel/router/url-state';
import { isThemeName, THEME_CHOICES, THEME_PARAM, type ThemeChoice } from '../kernel/theme/choice';
import { setThemeChoice, useThemeState } from '../kernel/theme/theme-store';

export default function ThemeSwitch() {
  const { choice } = useThemeState();
  const [param, setParam] = useUrlParam(THEME_PARAM);
  const path = useAtlasStore((s) => s.path);
  // A link or Back/Forward to a URL with ?theme= sets the theme…
  useEffect(() => {
    if (isThemeName(param)) setThemeChoice(param);
  }, [param]);
  // …and a chosen theme stays in the URL on every page (links between views do not carry it). Only
  // added where missing: a ?theme= that differs is the link's, and the effect above follows it.
  useEffect(() => {
    if (choice !== 'auto' && param === null) setParam(choice, { replace: true });
  }, [choice, path, param, setParam]);
  return (
    <label className="theme-switch" title={t.theme.hint}>
      <span className="theme-switch-label">{t.theme.label}</span>
      <select
        data-testid="theme-switch"
        value={choice}
        onChange={(e) => {
          const next = e.target.value as ThemeChoice;
          setThemeChoice(next);
          setParam(next === 'auto' ? null : next, { replace: true });
        }}
      >
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t.theme.options[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
