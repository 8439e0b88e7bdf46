// The validation worker: JSON.parse, the shared schema and the row decoding of every data file run
// here, off the main thread (check-core.ts). Building zod and the schema of every file and checking a
// file took the longest tasks of a cold load after React's own (Lighthouse mobile, 4× CPU).
import * as schemas from '../../shared/schema';
import { checkText, type Checked, type RowFields, type SchemaName } from './check-core';

export interface CheckRequest {
  id: number;
  name: SchemaName;
  body: string;
  rows?: RowFields;
}
export type CheckReply = Checked & { id: number };

self.onmessage = (ev: MessageEvent<CheckRequest>) => {
  const { id, name, body, rows } = ev.data;
  let reply: CheckReply;
  try {
    reply = { id, ...checkText(schemas, name, body, rows) };
  } catch (e) {
    reply = { id, ok: false, kind: 'schema', detail: e instanceof Error ? e.message : String(e) };
  }
  (self as unknown as Worker).postMessage(reply);
};
