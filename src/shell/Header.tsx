// Site header: title, main navigation (targets taken from the manifest, never hard-wired to a
// province) and the search box.
import { Link } from 'wouter';
import { useLocalSummaries, useOverviewIndex } from '../kernel/data/index-hooks';
import { t } from '../kernel/i18n/strings';
import { routePaths } from '../kernel/router/paths';
import { useAtlasStore } from '../kernel/router/url-state';
import SearchBox from '../views/search/SearchBox';
import ShareButton from '../kernel/components/ShareButton';
import LangSwitch from './LangSwitch';
import ThemeSwitch from './ThemeSwitch';
import SequenceButton from './present/SequenceButton';

function NavLink({ href, label, active }: { href: string; label: string; active: boolean }) {
  return (
    <Link href={href} className={active ? 'nav-link active' : 'nav-link'} aria-current={active ? 'page' : undefined}>
      {label}
    </Link>
  );
}

export default function Header() {
  const path = useAtlasStore((s) => s.path);
  // The overview index names the first document (not the manifest, which grows with the corpus);
  // a browser holding only imported documents starts from the first of those.
  const m = useOverviewIndex();
  const local = useLocalSummaries();
  const firstLocal = local.data?.[0];
  const first = (m.status === 'ready' ? m.data.first : null) ?? (firstLocal ? { id: firstLocal.id, provinceCode: firstLocal.entry.provinceCode } : undefined);
  const section = path.split('/')[1] ?? '';
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        <strong>{t.app.title}</strong>
        <span className="brand-sub">{t.app.subtitle}</span>
      </Link>
      <nav aria-label={t.nav.main} className="main-nav">
        <NavLink href={routePaths.overview} label={t.nav.overview} active={section === ''} />
        <NavLink href={first ? routePaths.map(first.provinceCode) : '/map'} label={t.nav.map} active={section === 'map'} />
        <NavLink href={routePaths.indicators} label={t.nav.indicators} active={section === 'indicators'} />
        <NavLink href={first ? routePaths.heatmap(first.id) : '/heatmap'} label={t.nav.heatmap} active={section === 'heatmap'} />
      </nav>
      <SearchBox />
      <div className="header-tools">
        <SequenceButton />
        <ShareButton />
        <ThemeSwitch />
        <LangSwitch />
      </div>
    </header>
  );
}
