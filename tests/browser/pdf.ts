// Reading the PDFs Chromium prints (page.pdf) in the print and briefing tests.
/** Page objects of a Chromium PDF (/Type /Page, not /Pages), each as [width, height] in points from its MediaBox. */
export function pdfPageBoxes(pdf: Buffer): [number, number][] {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![s\w])[\s\S]*?\/MediaBox\s*\[([^\]]*)\]/g) ?? [];
  return pages.map((p) => {
    const box = /\/MediaBox\s*\[([^\]]*)\]/.exec(p)![1].trim().split(/\s+/).map(Number);
    return [Math.round(box[2] - box[0]), Math.round(box[3] - box[1])];
  });
}
