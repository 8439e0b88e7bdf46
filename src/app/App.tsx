import { Router } from 'wouter';
import Header from './components/Header';
import NoticeBar from './components/NoticeBar';
import { AppRoutes } from './routes';
import { t } from './i18n/strings';
import { useStoreLocation, useStoreSearch } from './url-state';

export default function App() {
  return (
    <Router hook={useStoreLocation} searchHook={useStoreSearch}>
      <a className="skip-link" href="#main">
        {t.app.skip}
      </a>
      <Header />
      <NoticeBar />
      <main id="main" className="site-main">
        <AppRoutes />
      </main>
    </Router>
  );
}
