// A layout-tolerance property on real text: the seeds whose outline is numbered (000, 001, 003),
// flattened onto one line as a web page or a .docx paste delivers them, must read exactly as the
// originals do — the same task ids, units and roles, and the same province.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../pipeline/document/parse-document';

const raw = (id: string) => readFileSync(join(import.meta.dirname, '../../data/raw', `${id}.txt`), 'utf8');
const read = (text: string, id: string) => parseBytes(new TextEncoder().encode(text), `${id}.txt`, null).doc;
const summary = (doc: ReturnType<typeof read>) => ({
  province: doc.province,
  tasks: doc.tasks.map((t) => `${t.id}|${t.units.map((u) => `${u.role}:${u.name}`).join(',')}`),
});

describe('a numbered seed flattened onto one line reads the same', () => {
  it.each(['000_63401f67e2388d77', '001_e3afc5ffeb36f5d0', '003_52b583d5c9b6873f'])('%s', (id) => {
    const text = raw(id);
    const flat = text.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
    const original = summary(read(text, id));
    expect(original.tasks.length).toBeGreaterThan(30);
    expect(summary(read(flat, id))).toEqual(original);
  }, 30_000);
});
