// The app itself, imported by main.tsx once the page's static text has painted. Its chunk and
// styles are preloaded by index.html (scripts/vite/route-preload.ts), so waiting for that paint
// costs no round trip.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import { preloadRouteView } from './routes';
import { fitChartsForPrint } from './print/fit-charts';
import { registerServiceWorker } from './pwa/register';
import { installInlineData } from './pack/inline-data';

// Before anything fetches: the packed file answers data/… and geo/… from the data inlined in it.
installInlineData();

// The app scrolls to what a link points at (the reader's highlighted sentence); the browser's own
// restoration on Back/Forward would scroll back to where the page was and hide it.
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

// The packed file routes in the hash: its pathname names no view, so nothing is waited for there.
// The first render as a transition: React renders it in slices, yielding to the browser between
// them, as it did when the view came through Suspense (a retry); a plain render is one long task.
// A view's code that takes longer than a few seconds (a slow link) comes through the route's Suspense
// as before, rather than holding back the header and navigation.
void Promise.race([preloadRouteView(location.pathname), new Promise<void>((ok) => setTimeout(ok, 3000))]).then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});

registerServiceWorker();
fitChartsForPrint();
