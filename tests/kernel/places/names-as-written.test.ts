// Place names as the documents write them, from the fixture's placeMentions (real pipeline output
// for 001 二.14/二.15 and 003 四.一.3).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyDocument } from '../../../src/shared/schema';
import { namesAsWritten, taskPlaceName } from '../../../src/kernel/places/names-as-written';

const D = resolve(import.meta.dirname, '../../fixtures/app/data/docs');
const [doc001, doc003] = ['001_e3afc5ffeb36f5d0', '003_52b583d5c9b6873f'].map((id) =>
  policyDocument.parse(JSON.parse(readFileSync(resolve(D, `${id}.json`), 'utf8'))),
);

describe('namesAsWritten', () => {
  it('lists each code with the words the documents use for it', () => {
    const names = namesAsWritten([doc001, doc003]);
    expect(names.get('140500')).toEqual(['泽州县']);
    expect(names.get('140400')).toEqual(['潞城市']);
    expect(names.get('420100')).toEqual(['武汉']);
    // 仙桃市 is only a responsible unit in 四.一.3, not a place the task is about.
    expect(names.has('429004')).toBe(false);
  });

  it('puts the most frequent name first', () => {
    const extra = structuredClone(doc001);
    const t = extra.tasks[0];
    const at = extra.text.indexOf('泽州县');
    t.placeMentions = [{ name: '晋城', code: '140500', start: at, end: at + 2 }, ...t.placeMentions, { name: '晋城', code: '140500', start: at, end: at + 2 }];
    expect(namesAsWritten([extra]).get('140500')).toEqual(['晋城', '泽州县']);
  });
});

describe('taskPlaceName', () => {
  it('names a code as its task writes it, or null when the task does not mention it', () => {
    expect(taskPlaceName(doc001.tasks[1], '140400')).toBe('潞城市');
    expect(taskPlaceName(doc001.tasks[1], '140500')).toBeNull();
  });
});
