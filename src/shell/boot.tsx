// The app itself, imported by main.tsx once the page's static text has painted. Its chunk and
// styles are preloaded by index.html (scripts/vite/route-preload.ts), so waiting for that paint
// costs no round trip.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import { preloadRoute } from './routes';
import { fitChartsForPrint } from './print/fit-charts';
import { registerServiceWorker } from './pwa/register';
import { installInlineData } from './pack/inline-data';

// Before anything fetches: the packed file answers data/… and geo/… from the data inlined in it.
installInlineData();

// The app scrolls to what a link points at (the reader's highlighted sentence); the browser's own
// restoration on Back/Forward would scroll back to where the page was and hide it.
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

// The view's code is on its way already (index.html preloads its chunk): render once it is here, so
// the view's first render commits at once. Rendered first, the route would show its Suspense fallback,
// and React reveals content that replaces a fallback at most every 300 ms — a cold view waited for
// that after its data had arrived. A failed or slow load renders anyway (the route's boundary says
// what failed); index.html's own text stays on screen meanwhile.
const path = location.hash.startsWith('#/') ? location.hash.slice(1) : location.pathname;
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
void Promise.race([preloadRoute(path).catch(() => undefined), new Promise((ok) => setTimeout(ok, 3000))]).then(render);

registerServiceWorker();
fitChartsForPrint();
