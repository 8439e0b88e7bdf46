// Link targets for every route (the route table itself is in src/shell/routes.tsx).
export const routePaths = {
  overview: '/',
  map: (provinceCode: string) => `/map/${provinceCode}`,
  indicators: '/indicators',
  heatmap: (docId: string) => `/heatmap/${encodeURIComponent(docId)}`,
  doc: (docId: string) => `/doc/${encodeURIComponent(docId)}`,
  department: (id: string) => `/department/${encodeURIComponent(id)}`,
  place: (code: string) => `/place/${code}`,
  search: (q: string) => `/search?q=${encodeURIComponent(q.trim())}`,
};
