// The packed single-file atlas (npm run pack) carries no validation worker (it would be a second
// file): every file is checked on the main thread, by the same code (check-core.ts).
// vite.config.ts swaps this module in for off-thread.ts in pack mode; off-thread.ts falls back to it.
import { checkText, type Checked, type RowFields, type SchemaName } from './check-core';

export function warmValidator(): void {}

export function checkFile(name: SchemaName, body: string, rows?: RowFields): Promise<Checked> {
  return import('../../shared/schema').then((schemas) => checkText(schemas, name, body, rows));
}
