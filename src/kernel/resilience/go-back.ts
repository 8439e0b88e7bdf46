// 返回 on a failed page: the previous entry of this tab, or the overview.
import { getAppStore } from '../store/store';

export function goBack(): void {
  // history.length counts this tab's entries; a tab opened on the failing link has nowhere to go back to.
  // Otherwise the overview, through the store: in the packed file (file://, hash routes) a plain
  // link to the site root would open the folder, not the app.
  if (window.history.length > 1) window.history.back();
  else getAppStore().getState().navigate('/');
}
