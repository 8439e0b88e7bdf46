// 本地导入 marks a document imported in this browser; 未审核 marks metadata nobody has checked — local
// documents and built `npm run add` drafts (reviewed: false) alike; reviewed built documents get neither.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import LocalBadges from '../../../src/kernel/import/LocalBadges';

describe('LocalBadges', () => {
  it('local → 本地导入 and 未审核', () => {
    const html = renderToStaticMarkup(<LocalBadges doc={{ local: true }} />);
    expect(html).toContain('本地导入');
    expect(html).toContain('未审核');
  });
  it('a built draft (reviewed: false) → 未审核 only', () => {
    const html = renderToStaticMarkup(<LocalBadges doc={{ reviewed: false }} />);
    expect(html).not.toContain('本地导入');
    expect(html).toContain('未审核');
  });
  it('a reviewed built document → nothing', () => {
    expect(renderToStaticMarkup(<LocalBadges doc={{}} />)).toBe('');
    expect(renderToStaticMarkup(<LocalBadges doc={{ reviewed: true }} />)).toBe('');
  });
});
