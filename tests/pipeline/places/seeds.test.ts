// Golden test: the places of each whole seed document, through the real clean stage.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectProvince } from '../../../pipeline/places/detect';
import { findPlaces } from '../../../pipeline/places/find';
import { cleanDocument } from '../../../pipeline/text/clean';
import { loadCorrections } from '../../../pipeline/text/load-corrections';
import { decodeRaw } from '../../../pipeline/text/decode';

const golden = JSON.parse(readFileSync(new URL('../../fixtures/places/seed-codes.json', import.meta.url), 'utf8')) as {
  documents: Record<string, { provinceCode: string; codes: string[] }>;
};
const root = new URL('../../../', import.meta.url).pathname;

describe('places of the five seeds (hand-checked golden)', () => {
  it.each(Object.entries(golden.documents))('%s', (id, expected) => {
    const file = `${id}.txt`;
    const raw = decodeRaw(readFileSync(`${root}data/raw/${file}`), file);
    const { text } = cleanDocument(raw, { docId: id, file, corrections: loadCorrections(`${root}data/corrections`, id) });
    expect(detectProvince(text)?.provinceCode).toBe(expected.provinceCode);
    const found = findPlaces(text, { provinceCode: expected.provinceCode });
    expect(found.codes).toEqual(expected.codes);
    expect(found.warnings).toEqual([]);
  });
});
