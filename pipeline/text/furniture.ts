// Page furniture: lines the web page or the reposting company wrapped around the policy text.
// Dropped by what they say, never by line number, so the same rules hold for documents nobody here
// has seen. Rules match the simplified, pinyin-free, ASCII-punctuated form of the line, so one rule
// covers 電話/电话 and ：/: alike. Each rule carries a length guard: furniture is short, and a long
// line that happens to mention 关注 or a URL is almost certainly content.
import { toSimplified } from './convert';
import { normalisePunctuation } from './punctuation';
import { removePinyin } from './pinyin';

export interface FurnitureRule {
  id: string;
  /** Why such a line is not policy text. */
  reason: string;
  maxLength: number;
  test: (line: string) => boolean;
}

const re = (r: RegExp) => (line: string) => r.test(line);

const SPAM = /鸡巴|国产av|一级片|午夜|黄片|无码|色情|成人(视频|网站|电影)|在线观看|av/gi;

export const FURNITURE_RULES: FurnitureRule[] = [
  {
    id: 'contact',
    reason: 'contact line of the reposting company (phone, fax, e-mail, address)',
    maxLength: 60,
    test: (l) =>
      /^(电话|传真|邮箱|电子邮箱|基地|地址|手机|联系电话|联系人|邮编|e-?mail)\s*:/i.test(l) &&
      /\d|@/.test(l),
  },
  {
    id: 'view-counter',
    reason: 'page view counter or publication timestamp of the web page',
    maxLength: 80,
    test: re(/(浏览|点击|阅读)(量|数|次数)\s*:|^(发布)?时间\s*:\s*\d{4}-\d{1,2}-\d{1,2}/),
  },
  {
    id: 'qr-code',
    reason: 'QR-code / follow-us prompt of the web page',
    maxLength: 40,
    test: re(/扫描二维码|扫码关注|扫一扫|关注我们|微信公众号/),
  },
  {
    id: 'link',
    reason: 'link or keyword line of the web page',
    maxLength: 200,
    test: re(/^(本文|原文)?(链接|网址|关键词|标签)\s*:|^https?:\/\/\S+$/),
  },
  {
    id: 'page-list',
    reason: 'heading of the web page’s list of other articles',
    maxLength: 12,
    test: re(/^(最新政策|相关政策|相关文章|相关阅读|热门推荐|上一篇|下一篇)(\s*:.*)?$/),
  },
  {
    id: 'repost-credit',
    reason: 'repost credit or editor line, not part of the document',
    maxLength: 80,
    test: re(/整理编辑|部分内容来源(于)?(互联网|网络)|版权归原作者所有|如有侵权|转载请注明|^责任编辑\s*:/),
  },
  {
    id: 'source-note',
    reason: 'news-site source note such as (据山西省政府网 4月8日)',
    maxLength: 40,
    test: re(/^\((据|来源\s*:)[^()]{1,30}\d{1,2}月\d{1,2}日\)$/),
  },
  {
    id: 'spam',
    reason: 'spam keywords injected by the hosting site',
    maxLength: 200,
    // Two distinct hits: one word such as 午夜 can occur in real text, a list of them cannot.
    test: (l) => new Set(l.toLowerCase().match(SPAM) ?? []).size >= 2,
  },
];

/** The form every rule is written against. */
export function furnitureForm(line: string): string {
  return normalisePunctuation(toSimplified(removePinyin(line))).trim();
}

/** The rule a line matches, or null when it is (or may be) content. */
export function matchFurniture(line: string): FurnitureRule | null {
  const form = furnitureForm(line);
  if (form === '') return null;
  return FURNITURE_RULES.find((r) => form.length <= r.maxLength && r.test(form)) ?? null;
}
