import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { retryableLazy } from '../../../src/kernel/resilience/lazy-view';

const page = (View: React.ComponentType) =>
  renderToString(
    <Suspense fallback={<p>loading</p>}>
      <View />
    </Suspense>,
  );

describe('retryableLazy', () => {
  it('renders through the Suspense fallback while the code has not arrived', () => {
    const View = retryableLazy(() => new Promise<{ default: React.ComponentType }>(() => {}));
    expect(page(View)).toContain('loading');
  });

  it('renders a preloaded view directly, without a fallback', async () => {
    let loads = 0;
    const View = retryableLazy(async () => {
      loads += 1;
      return { default: () => <p>the view</p> };
    });
    await View.preload();
    expect(page(View)).toContain('the view');
    expect(page(View)).not.toContain('loading');
    expect(loads).toBe(1);
  });

  it('preload resolves when the code cannot load (the lazy path reports the failure)', async () => {
    const View = retryableLazy<object>(() => Promise.reject<{ default: React.ComponentType }>(new Error('chunk gone')));
    await expect(View.preload()).resolves.toBeUndefined();
    expect(page(View)).toContain('loading');
  });
});
