// The one escaping helper for text that reaches an HTML string (ECharts tooltips and formatters
// render HTML). Document text is untrusted: titles and department names are copied from reposted pages.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: unknown): string {
  if (s === null || s === undefined) return '';
  return String(s).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}
