import { useRef } from 'react';
import { Router } from 'wouter';
import Header from './components/Header';
import NoticeBar from './components/NoticeBar';
import { AppRoutes } from './routes';
import { t } from './i18n/strings';
import { useStoreLocation, useStoreSearch } from './url-state';
import { useDocumentTitle } from './useDocumentTitle';
import { hashHref } from './pack/hash-history';

// The packed file routes in the hash (see pack/hash-history.ts): links say #/map/… there.
const routerHrefs = import.meta.env.MODE === 'pack' ? { hrefs: hashHref } : {};

export default function App() {
  const main = useRef<HTMLElement | null>(null);
  const [path] = useStoreLocation();
  const search = useStoreSearch();
  useDocumentTitle(main, `${path}?${search}`);
  return (
    <Router hook={useStoreLocation} searchHook={useStoreSearch} {...routerHrefs}>
      <a className="skip-link" href="#main">
        {t.app.skip}
      </a>
      <Header />
      <NoticeBar />
      <main id="main" className="site-main" ref={main}>
        <AppRoutes />
      </main>
    </Router>
  );
}
