import { describe, expect, it } from 'vitest';
import { FURNITURE_RULES, matchFurniture } from '../../../pipeline/text/furniture';

const ruleOf = (line: string) => matchFurniture(line)?.id ?? null;

describe('furniture rules (real lines from the seeds)', () => {
  it.each([
    ['電話:021-68160507', 'contact'], // 002, traditional
    ['傳真:0513-86911887', 'contact'],
    ['基地:南通市如東縣掘港街道國信南路9號', 'contact'],
    ['郵箱:qhhb@qianhan.com.cn', 'contact'],
    ['电话：021-68160507', 'contact'], // simplified, full-width colon
    ['瀏覽量:          時(shí)間:2023-03-13 06:46:01', 'view-counter'], // 003, pinyin inside
    ['时间:2023-03-13 06:46:01', 'view-counter'],
    ['掃描二維碼 關(guān)注我們', 'qr-code'], // 003
    ['扫描二维码 关注我们', 'qr-code'], // 000
    ['鄭州外資企業(yè)服務(wù)中心微信公眾號', 'qr-code'],
    ['本文鏈接:http://jumpstarthappiness.com/policy/132225.html', 'link'],
    ['本文關(guān)鍵詞: 鄂政辦發(fā), 湖北省, 目標, 任務(wù), 分工, 方案, 通知', 'link'],
    ['最新政策', 'page-list'],
    ['乾瀚環保整理編輯,部分內容來源互聯網', 'repost-credit'], // 002
    ['版權歸原作者所有,如有侵權請立即與我們聯系,我們將及時處理!', 'repost-credit'],
    ['責(zé)任編輯: 吉政', 'repost-credit'], // 004
    ['(据山西省政府网 4月8日)', 'source-note'], // 001
    ['大鸡巴网站_国产av一级片_午夜18 视频在线观看_黄片视频无码', 'spam'], // 003, last line
  ])('%s → %s', (line, id) => expect(ruleOf(line)).toBe(id));
});

describe('content is never furniture', () => {
  it.each([
    '一、總體要求',
    '(二)強化督促檢查。',
    '湖北省人民政府辦公廳',
    '2022年4月23日',
    '晋政办发〔2017〕55号',
    '新型綜合能源基地建設(shè)再譜新篇。', // 基地 without a contact colon
    '各市、縣人民政府,省人民政府各委、辦、廳、局:',
    // A long content line that mentions 关注 and 时间: the length guard keeps it.
    '各地各部门要高度关注我们提出的重点任务,明确进度时间表,确保相关工作任务的顺利实施,力求取得实效,形成全社会推动高质量发展的强大合力。',
    '午夜经济持续繁荣,夜间消费增长明显。', // one spam-like word alone is not spam
    '',
  ])('%s', (line) => expect(matchFurniture(line)).toBeNull());
});

describe('the rule table', () => {
  it('gives every rule an id, a reason and a length guard', () => {
    const ids = new Set(FURNITURE_RULES.map((r) => r.id));
    expect(ids.size).toBe(FURNITURE_RULES.length);
    for (const r of FURNITURE_RULES) {
      expect(r.reason.length).toBeGreaterThan(10);
      expect(r.maxLength).toBeGreaterThan(0);
    }
  });
});
