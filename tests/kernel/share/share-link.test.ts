import { describe, expect, it, vi } from 'vitest';
import { shareLink, shareUrl, type ShareEnv } from '../../../src/kernel/share/share-link';

const env = (over: Partial<ShareEnv> = {}): ShareEnv => ({ coarse: false, copyFallback: () => false, ...over });

describe('shareUrl', () => {
  it('keeps the page state and adds lang=en in English', () => {
    expect(shareUrl('https://x.org/map/420000?region=420100', 'zh')).toBe('https://x.org/map/420000?region=420100');
    expect(shareUrl('https://x.org/map/420000?region=420100', 'en')).toBe('https://x.org/map/420000?region=420100&lang=en');
  });
});

describe('shareLink', () => {
  it('copies on a desktop even where a share sheet exists', async () => {
    const share = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    await expect(shareLink('u', 't', env({ share, writeText }))).resolves.toBe('copied');
    expect(share).not.toHaveBeenCalled();
    expect(writeText).toHaveBeenCalledWith('u');
  });
  it('opens the share sheet on a touch screen', async () => {
    const share = vi.fn(async () => {});
    await expect(shareLink('u', 't', env({ coarse: true, share }))).resolves.toBe('shared');
    expect(share).toHaveBeenCalledWith({ url: 'u', title: 't' });
  });
  it('a closed sheet is no failure and copies nothing', async () => {
    const writeText = vi.fn(async () => {});
    const share = async () => {
      throw new DOMException('closed', 'AbortError');
    };
    await expect(shareLink('u', 't', env({ coarse: true, share, writeText }))).resolves.toBe('cancelled');
    expect(writeText).not.toHaveBeenCalled();
  });
  it('falls back when the clipboard refuses, and says when nothing worked', async () => {
    const writeText = async () => {
      throw new Error('denied');
    };
    await expect(shareLink('u', 't', env({ writeText, copyFallback: () => true }))).resolves.toBe('copied');
    await expect(shareLink('u', 't', env({ writeText }))).resolves.toBe('failed');
  });
});
