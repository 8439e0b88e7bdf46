import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/kernel/lib/escape';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });
  it('leaves Chinese text and punctuation alone', () => {
    expect(escapeHtml('省发展改革委(牵头)、省财政厅')).toBe('省发展改革委(牵头)、省财政厅');
  });
  it('maps null and undefined to empty and stringifies numbers', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(67)).toBe('67');
  });
  it('does not double-escape on a single pass', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
