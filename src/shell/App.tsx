import { useRef } from 'react';
import { Router } from 'wouter';
import Header from './Header';
import NoticeBar from './NoticeBar';
import { AppRoutes } from './routes';
import { t } from '../kernel/i18n/strings';
import { useStoreLocation, useStoreSearch } from '../kernel/router/url-state';
import { useDocumentTitle } from './use-document-title';
import { hashHref } from '../kernel/router/hash-history';
import DropOverlay from '../kernel/import/DropOverlay';
import ImportPanel from '../kernel/import/ImportPanel';
import PresentHost from './present/PresentHost';

// The packed file routes in the hash (see kernel/router/hash-history.ts): links say #/map/… there.
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
      <ImportPanel />
      <DropOverlay />
      <PresentHost />
    </Router>
  );
}
