// Link targets for every route (the route table itself is in src/shell/routes.tsx).
import { hash53 } from '../../shared/department-key';

/** Longest registry id written into a link as itself; longer ones (a unit name of thousands of characters) go by a hash. */
export const MAX_ID_IN_URL = 80;

/**
 * What a department link carries: the registry id (province code and name) when it is short,
 * else its province code, "~" and a hash of it, so no link the app makes grows with a name (a 45,000-character URL
 * exceeded the server's header limit). DepartmentView resolves both forms.
 */
export function departmentKey(id: string): string {
  if (id.length <= MAX_ID_IN_URL) return id;
  // The province prefix stays readable (search and the header read the province from a link).
  const province = /^(\d{6}):/.exec(id)?.[1];
  return `${province ? `${province}:` : ''}~${hash53(id)}`;
}
export const routePaths = {
  overview: '/',
  map: (provinceCode: string) => `/map/${provinceCode}`,
  indicators: '/indicators',
  heatmap: (docId: string) => `/heatmap/${encodeURIComponent(docId)}`,
  doc: (docId: string) => `/doc/${encodeURIComponent(docId)}`,
  department: (id: string) => `/department/${encodeURIComponent(departmentKey(id))}`,
  place: (code: string) => `/place/${code}`,
  brief: { province: (code: string) => `/brief/province/${code}`, doc: (docId: string) => `/brief/doc/${encodeURIComponent(docId)}` },
  search: (q: string) => `/search?q=${encodeURIComponent(q.trim())}`,
};
