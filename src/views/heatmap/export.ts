// CSV download of the matrix as shown. PNG and SVG go through the kernel's chart export (citation
// frame, 2× PNG, SVG renderer), loaded on first export.
import { downloadText } from '../../kernel/lib/download';

export function exportCsv(csv: string, name: string): void {
  downloadText(`${name}.csv`, csv);
}
