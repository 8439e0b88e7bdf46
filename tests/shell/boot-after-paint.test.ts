// The entry boots the app after the first paint, with a fallback for tabs that produce no frames,
// and a failed boot never leaves 正在加载… on screen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOOT_FALLBACK_MS, bootAfterPaint, type BootEnv } from '../../src/shell/boot-after-paint';

/** Just the DOM the failure message touches: a slot's text, attributes and a button's click. */
class FakeNode {
  attrs = new Map<string, string>();
  children: (FakeNode | string)[] = [];
  listeners: (() => void)[] = [];
  type = '';
  constructor(readonly tag: string) {}
  get textContent(): string {
    return this.children.map((c) => (typeof c === 'string' ? c : c.textContent)).join('');
  }
  set textContent(v: string) {
    this.children = v ? [v] : [];
  }
  setAttribute(k: string, v: string) {
    this.attrs.set(k, v);
  }
  append(...nodes: (FakeNode | string)[]) {
    this.children.push(...nodes);
  }
  addEventListener(_: string, fn: () => void) {
    this.listeners.push(fn);
  }
  button(): FakeNode | undefined {
    return this.children.find((c): c is FakeNode => typeof c !== 'string' && c.tag === 'button');
  }
}

/** The page's frames are ours to produce (requestAnimationFrame stubbed), time is fake. */
function fakeEnv(frames: boolean) {
  const slot = new FakeNode('p');
  slot.textContent = '正在加载…';
  const root = { querySelector: (sel: string) => (sel === '.loading' ? slot : null) };
  const rafs: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => (frames ? rafs.push(cb) : 0));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  let reloads = 0;
  const env: BootEnv = {
    document: { getElementById: (id: string) => (id === 'root' ? root : null), createElement: (tag: string) => new FakeNode(tag) } as unknown as BootEnv['document'],
    reload: () => (reloads += 1),
    online: true,
  };
  let now = 0;
  return {
    env,
    slot,
    frame: () => rafs.splice(0).forEach((f) => f()),
    /** Let fake time reach `ms` since the boot was asked for. */
    run: (ms: number) => {
      if (ms > now) vi.advanceTimersByTime(ms - now);
      else vi.advanceTimersByTime(0);
      now = Math.max(now, ms);
    },
    reloads: () => reloads,
  };
}

const memoryStorage = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
};

describe('bootAfterPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('loads the app only after a frame, once, even when the fallback timer fires too', async () => {
    const f = fakeEnv(true);
    let loads = 0;
    const done = bootAfterPaint(async () => void (loads += 1), f.env, () => memoryStorage());
    expect(loads).toBe(0);
    f.run(0); // nothing queued at 0 ms before the frame
    expect(loads).toBe(0);
    f.frame();
    f.run(0);
    expect(loads).toBe(1);
    f.run(BOOT_FALLBACK_MS);
    expect(loads).toBe(1);
    await done;
  });

  it('a tab without frames (in the background) still boots, by the fallback timer', async () => {
    const f = fakeEnv(false);
    let loads = 0;
    const done = bootAfterPaint(async () => void (loads += 1), f.env, () => memoryStorage());
    f.run(BOOT_FALLBACK_MS);
    expect(loads).toBe(1);
    await done;
  });

  it('a stale chunk reloads once; a second failure within the guard says what failed, with 重新加载', async () => {
    const storage = memoryStorage();
    const stale = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/boot-old.js'));
    const first = fakeEnv(false);
    const done1 = bootAfterPaint(stale, first.env, () => storage);
    first.run(BOOT_FALLBACK_MS);
    await done1;
    expect(first.reloads()).toBe(1);
    expect(first.slot.textContent).toBe('正在加载…');

    const second = fakeEnv(false);
    const done2 = bootAfterPaint(stale, second.env, () => storage);
    second.run(BOOT_FALLBACK_MS);
    await done2;
    expect(second.reloads()).toBe(0);
    const slot = second.slot;
    expect(slot.attrs.get('role')).toBe('alert');
    expect(slot.textContent).toContain('应用代码未能加载');
    expect(slot.textContent).toContain('/assets/boot-old.js');
    const button = slot.button()!;
    expect(button.textContent).toBe('重新加载');
    expect(button.type).toBe('button');
    button.listeners.forEach((fn) => fn());
    expect(second.reloads()).toBe(1);
  });

  it('an error that is not a missing chunk is shown at once, as text (never as markup)', async () => {
    const f = fakeEnv(false);
    const done = bootAfterPaint(() => Promise.reject(new Error('<img src=x onerror=alert(1)>')), f.env, () => memoryStorage());
    f.run(BOOT_FALLBACK_MS);
    await done;
    expect(f.reloads()).toBe(0);
    // Text nodes only (append of a string), never innerHTML: the message is not parsed as markup.
    expect(f.slot.children.filter((c) => typeof c !== 'string').map((c) => (c as FakeNode).tag)).toEqual(['button']);
    expect(f.slot.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
