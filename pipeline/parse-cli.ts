// npm run parse -- <file.txt> [--province 省名]
// Prints one document's JSON (the same shape as public/data/docs/*.json) for any document of the
// genre, reviewed or not. Metadata not stated in the text stays null. Exit 1 with `file:line: reason`.
import { readFileSync } from 'node:fs';
import { parseBytes } from './document/parse-document';
import { InputError } from './errors';
import { checkInputSize, maxInputBytes } from './text/size';

export { parseBytes };

function usage(message: string): never {
  console.error(`${message}\nusage: npm run parse -- <file.txt> [--province 省名]`);
  process.exit(2);
}

export function parseFile(file: string, provinceArg: string | null) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(file, null, `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  checkInputSize(file, bytes.length, maxInputBytes([], process.env));
  return parseBytes(bytes, file, provinceArg);
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const args = process.argv.slice(2);
  const p = args.indexOf('--province');
  const provinceArg = p >= 0 ? (args[p + 1] ?? usage('--province needs a name')) : null;
  const files = args.filter((_, i) => p < 0 || (i !== p && i !== p + 1));
  if (files.length !== 1) usage(files.length ? 'give exactly one file' : 'no file given');
  try {
    const { doc } = parseFile(files[0], provinceArg);
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } catch (e) {
    console.error(e instanceof InputError ? e.message : `${files[0]}: ${(e as Error).stack}`);
    process.exit(1);
  }
}
