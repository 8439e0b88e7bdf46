// How big a document the pipeline accepts. The largest real document so far is 54 KB; a 50 MB file
// was once accepted and became 600 MB of JSON for the browser (3.9 GB of memory to build). The limit
// is checked on the file's size before it is read, so an oversized file costs nothing.
import { InputError } from '../errors';

export const DEFAULT_MAX_INPUT_BYTES = 5 * 1024 * 1024;
export const MAX_INPUT_FLAG = '--max-input-bytes';
export const MAX_INPUT_ENV = 'ATLAS_MAX_INPUT_BYTES';

const size = (n: number) => `${n.toLocaleString('en')} bytes${n >= 1024 * 1024 ? ` (${(n / 1024 / 1024).toFixed(1)} MB)` : ''}`;

/** The limit from `--max-input-bytes=N` / `--max-input-bytes N`, else ATLAS_MAX_INPUT_BYTES, else the default. */
export function maxInputBytes(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): number {
  const at = argv.findIndex((a) => a === MAX_INPUT_FLAG || a.startsWith(`${MAX_INPUT_FLAG}=`));
  const given = at >= 0 ? (argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1]) : env[MAX_INPUT_ENV];
  if (given === undefined || given === '') return DEFAULT_MAX_INPUT_BYTES;
  const n = Number(given);
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new Error(`${at >= 0 ? MAX_INPUT_FLAG : MAX_INPUT_ENV} must be a positive whole number of bytes, got "${given}"`);
  }
  return n;
}

/** Refuses a file over the limit, naming the file, its size, the limit and how to raise it. */
export function checkInputSize(file: string, bytes: number, limit: number): void {
  if (bytes > limit) {
    throw new InputError(file, null,
      `${size(bytes)} is over the input limit of ${size(limit)}; raise it with ${MAX_INPUT_FLAG}=N or ${MAX_INPUT_ENV}=N if the file is really one document`);
  }
}
