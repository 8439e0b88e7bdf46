import { describe, expect, it } from 'vitest';
import { currentStep, decodeSequence, encodeSequence, normaliseStep, sequenceFile, stepHref, stepTo } from '../../../src/shell/present/sequence';
import { parseSequenceFile } from '../../../src/shell/present/sequence-file';

describe('presenter sequence', () => {
  it('steps are app paths without the presenter params; other origins are refused', () => {
    expect(normaliseStep('/map/140000?region=140100&present=1&seq=abc')).toBe('/map/140000?region=140100');
    expect(normaliseStep('/indicators')).toBe('/indicators');
    for (const bad of ['//evil.example/x', 'https://evil.example/', 'javascript:alert(1)', 'map/1']) expect(normaliseStep(bad), bad).toBeNull();
  });
  it('round-trips through ?seq= (Chinese query values included) and says why a value is bad', () => {
    const steps = ['/map/140000?region=140100', '/indicators?doc=004&target=004-i1', '/search?q=%E5%A4%AA%E5%8E%9F'];
    const v = encodeSequence(steps);
    expect(v).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSequence(v)).toEqual({ steps });
    expect(decodeSequence('%%%')).toHaveProperty('error');
    expect(decodeSequence(encodeSequence(['//evil.example']))).toEqual({ error: 'a step is not a link inside the app' });
  });
  it('→ and ← stop at the ends; from outside the sequence → goes to the first', () => {
    const steps = ['/a', '/b', '/c'];
    expect(stepTo(steps, 0, 1)).toBe(1);
    expect(stepTo(steps, 2, 1)).toBeNull();
    expect(stepTo(steps, 0, -1)).toBeNull();
    expect(stepTo(steps, -1, 1)).toBe(0);
    expect(currentStep(steps, '/b?present=1&seq=x')).toBe(1);
    expect(currentStep(steps, '/d')).toBe(-1);
  });
  it('a step link carries presenter mode and the whole sequence', () => {
    const steps = ['/map/140000?region=140100', '/indicators'];
    const u = new URL(stepHref(steps, 0), 'http://x');
    expect(u.pathname).toBe('/map/140000');
    expect(u.searchParams.get('region')).toBe('140100');
    expect(u.searchParams.get('present')).toBe('1');
    expect(decodeSequence(u.searchParams.get('seq')!)).toEqual({ steps });
  });
  it('the JSON file round-trips; a bad file names the file and the field', () => {
    const steps = ['/map/140000', '/brief/province/140000'];
    expect(parseSequenceFile('talk.json', JSON.stringify(sequenceFile(steps)))).toEqual({ steps });
    expect(parseSequenceFile('talk.json', '{')).toMatchObject({ error: expect.stringMatching(/^talk\.json: not JSON/) });
    expect(parseSequenceFile('talk.json', JSON.stringify({ kind: 'x', version: 1, steps: [] }))).toMatchObject({ error: expect.stringMatching(/^talk\.json: kind: /) });
    expect(parseSequenceFile('talk.json', JSON.stringify(sequenceFile(['https://evil.example/'])))).toMatchObject({ error: expect.stringMatching(/^talk\.json: steps\.0\.href: not a link inside the app/) });
  });
});
