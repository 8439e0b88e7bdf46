// npm run parse -- <file.txt> [--province 省名]
// Prints one document's JSON (the same shape as public/data/docs/*.json) for any document of the
// genre, reviewed or not. Metadata not stated in the text stays null. Exit 1 with `file:line: reason`.
import { readFileSync } from 'node:fs';
import { buildDocument } from './document/build-document';
import { InputError } from './errors';
import { inferMeta, type InferredPlace } from './meta';
import { detectProvince } from './places/detect';
import { isNational, issuerPlace, scopeFromAddressees } from './places/issuer';
import { provinceByName, type Province } from './places/provinces';
import { cleanDocument } from './text/clean';
import { toSimplified } from './text/convert';
import { decodeRaw } from './text/decode';
import { checkInputSize, maxInputBytes } from './text/size';

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
  return parseBytes(bytes, file, provinceArg);
}

/** The same as parseFile for bytes already in memory (tests, the import worker). */
export function parseBytes(bytes: Uint8Array, file: string, provinceArg: string | null) {
  checkInputSize(file, bytes.length, maxInputBytes([], process.env));
  const raw = decodeRaw(bytes, file);
  const clean = cleanDocument(raw, { docId: 'probe', file, corrections: [] });
  const given = provinceArg ? provinceByName(provinceArg) : null;
  if (provinceArg && !given) {
    throw new InputError(file, null, `unknown province "${provinceArg}" (--province takes a name such as 山西 or 湖北省)`);
  }
  const place = placeOf(clean.text, given);
  const meta = inferMeta(file, clean.text, place, raw);
  // Machine-converted or original traditional script: many characters change under t→s conversion.
  const sample = raw.slice(0, 4000);
  const changed = [...sample].filter((ch) => toSimplified(ch) !== ch).length;
  meta.script = changed > sample.length * 0.03 ? 'traditional' : 'simplified';
  // The path as given, like the decoding errors above (issue 13.10: one named the basename).
  const built = buildDocument(bytes, meta, { file, corrections: [] });
  if (!place.provinceCode && place.scope !== 'national') {
    const warning = 'province unknown: the text names no province, issuer or place that tells (pass --province 省名 to set it)';
    built.doc.warnings.unshift(warning);
    built.quality.warnings.unshift(warning);
  }
  return built;
}

/**
 * Scope and province: --province wins; a State Council document is national; else the issuer's own
 * area (监利市人民政府办公室 → 湖北), the 文号 and the places the text names (detect.ts). An unknown
 * province is a warning, never a refusal.
 */
export function placeOf(text: string, given: Province | null): InferredPlace {
  const issuer = issuerPlace(text);
  const national = !given && isNational(text) && (!issuer || issuer.level === 'province' ? !issuer : false);
  if (national) return { province: null, provinceCode: null, scope: 'national', issuerCode: null };
  const province = given ?? (issuer ? issuer.province : detectProvince(text));
  const scope = issuer?.level ?? scopeFromAddressees(text) ?? (province ? 'province' : null);
  return { province: province?.province ?? null, provinceCode: province?.provinceCode ?? null, scope,
    issuerCode: issuer && (!province || issuer.province.provinceCode === province.provinceCode) ? issuer.code : null };
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
