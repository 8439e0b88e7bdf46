// Whether the sequence panel is open: shared by the header's button and the panel (rendered
// outside the header, which presenter mode hides). A tiny external store, no code of the panel.
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

export function setSequencePanelOpen(v: boolean): void {
  open = v;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useSequencePanelOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open, () => open);
}
