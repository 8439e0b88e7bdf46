// Route params arrive with reserved characters still percent-encoded (registry ids contain ':',
// written %3A by routePaths.department), so decode once at the edge; a malformed escape stays as is.
export function decodeParam(v: string | undefined): string {
  try {
    return decodeURIComponent(v ?? '');
  } catch {
    return v ?? '';
  }
}
