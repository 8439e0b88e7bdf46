// navigator.onLine, re-rendering when the browser goes offline or back online: a panel that said
// "offline" says what is wrong instead once the network is back (and the other way round).
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const online = () => navigator.onLine;

export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, online, () => true);
}
