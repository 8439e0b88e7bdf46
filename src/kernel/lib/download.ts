// The one way views save a file from the browser (PNG/SVG/CSV exports). An object URL is released
// once the click has been handled.
function clickLink(filename: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  clickLink(filename, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** A data: URL (e.g. ECharts' getDataURL) needs no revoking. */
export function downloadDataUrl(filename: string, dataUrl: string): void {
  clickLink(filename, dataUrl);
}
