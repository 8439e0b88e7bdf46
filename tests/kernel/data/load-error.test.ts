// Offline, a file whose request got no answer is one the service worker has not kept: the panels
// say 离线，此文件尚未缓存 instead of 网络错误. Online, or for a file that answered badly, the reason is the loader's own.
import { describe, expect, it } from 'vitest';
import { manifest } from '../../../src/shared/schema';
import { DataLoadError, loadJson, type FetchLike } from '../../../src/kernel/data/loader';
import { isOfflineMiss, loadErrorReason } from '../../../src/kernel/data/load-error';

const refused: FetchLike = async () => {
  throw new TypeError('Failed to fetch');
};
const missing: FetchLike = async () => ({ ok: false, status: 404, headers: new Headers(), text: async () => '' });

async function failure(fetchImpl: FetchLike): Promise<DataLoadError> {
  try {
    await loadJson('docs/x.json', manifest, { base: '/d/', fetchImpl });
  } catch (e) {
    return e as DataLoadError;
  }
  throw new Error('expected a failure');
}

describe('a failed load, offline', () => {
  it('a request with no answer is marked as such by the loader; a 404 is not', async () => {
    expect((await failure(refused)).network).toBe(true);
    expect((await failure(missing)).network).toBe(false);
  });

  it('offline + no answer → 离线，此文件尚未缓存; online, the network error as it was', async () => {
    const e = await failure(refused);
    expect(isOfflineMiss(e, false)).toBe(true);
    expect(loadErrorReason(e, false)).toBe('离线，此文件尚未缓存');
    expect(isOfflineMiss(e, true)).toBe(false);
    expect(loadErrorReason(e, true)).toBe('网络错误：Failed to fetch');
  });

  it('offline, a file that did answer (404, bad content) keeps its own reason', async () => {
    const e = await failure(missing);
    expect(isOfflineMiss(e, false)).toBe(false);
    expect(loadErrorReason(e, false)).toBe('文件不存在（HTTP 404）');
    expect(loadErrorReason(new Error('boom'), false)).toBe('boom');
  });
});
