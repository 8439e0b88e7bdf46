// A document nobody has reviewed, from its bytes to the same JSON the build writes: metadata, scope
// and province read from the text (see meta.ts, places/issuer.ts). Pure — no file or process I/O —
// so `npm run parse`, `npm run add` and the browser's import worker run exactly this code.
import { buildDocument } from './build-document';
import { InputError } from '../errors';
import { inferMeta, type InferredPlace } from '../meta-infer';
import { detectProvince, explainProvince } from '../places/detect';
import { isNational, issuerPlace, scopeFromAddressees } from '../places/issuer';
import { provinceByName, type Province } from '../places/provinces';
import { cleanDocument } from '../text/clean';
import { toSimplified } from '../text/convert';
import { normalisePunctuation } from '../text/punctuation';
import { decodeRaw } from '../text/decode';

/**
 * The same as parseFile for bytes already in memory (tests, the import worker). `opts.id` names the
 * document instead of its file name (the browser's import keys local documents by content hash).
 */
export function parseBytes(bytes: Uint8Array, file: string, provinceArg: string | null, opts: { id?: string } = {}) {
  const raw = decodeRaw(bytes, file);
  const clean = cleanDocument(raw, { docId: 'probe', file, corrections: [] });
  const given = provinceArg ? provinceByName(provinceArg) : null;
  if (provinceArg && !given) {
    throw new InputError(file, null, `unknown province "${provinceArg}" (--province takes a name such as 山西 or 湖北省)`);
  }
  const place = placeOf(clean.text, given, raw);
  const meta = inferMeta(file, clean.text, place, raw);
  if (opts.id) meta.id = opts.id;
  // Machine-converted or original traditional script: many characters change under t→s conversion.
  const sample = raw.slice(0, 4000);
  const changed = [...sample].filter((ch) => toSimplified(ch) !== ch).length;
  meta.script = changed > sample.length * 0.03 ? 'traditional' : 'simplified';
  const built = buildDocument(bytes, meta, { file: file.split(/[\\/]/).pop() ?? file, corrections: [] });
  if (!built.doc.scope) built.doc.scope = scopeFromUnits(built.doc);
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
export function placeOf(text: string, given: Province | null, raw = text): InferredPlace {
  // The page furniture (来源:师宗县人民政府办公室) is dropped from the cleaned text but names the issuer.
  const issuer = issuerPlace(text) ?? issuerPlace(toSimplified(normalisePunctuation(raw.slice(0, 3000))));
  // A provincial 文号 (晋政办发〔2017〕55号) outranks a mention of 国务院.
  const byNumber = explainProvince(text);
  const numbered = byNumber?.via === 'docNumber' ? byNumber : null;
  if (!given && !issuer && !numbered && isNational(text)) return { province: null, provinceCode: null, scope: 'national', issuerCode: null };
  const province = given ?? (issuer ? issuer.province : numbered ?? detectProvince(text));
  // A title that opens with a province's name (黑龙江省促进…若干措施) speaks for the province.
  const titled = province && new RegExp(`^${province.province}(?:省|自治区|市|壮族自治区|回族自治区|维吾尔自治区)`).test(text.trimStart());
  const scope = issuer?.level ?? scopeFromAddressees(text) ?? (titled ? 'province' : null);
  return { province: province?.province ?? null, provinceCode: province?.provinceCode ?? null, scope,
    issuerCode: issuer && (!province || issuer.province.provinceCode === province.provinceCode) ? issuer.code : null };
}

/** When nothing else tells the level, the units do: most lists prefixed 市… are a city's, 县…/区… a county's. */
function scopeFromUnits(doc: { tasks: Array<{ units: Array<{ name: string }> }> }): InferredPlace['scope'] {
  const counts = new Map<string, number>();
  for (const t of doc.tasks) for (const u of t.units) {
    const level = /^(?:省|自治区)/.test(u.name) ? 'province' : /^市(?!场)/.test(u.name) ? 'city' : /^[县区](?!域)/.test(u.name) ? 'county' : null;
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 2 && (!second || top[1] >= 2 * second[1]) ? (top[0] as InferredPlace['scope']) : null;
}

