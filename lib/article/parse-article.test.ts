import { describe, expect, it } from 'vitest';
import { findSection, flattenSections, SECTION_TITLES } from './find-section';
import { parseArticle } from './parse-article';
import { toPlainText } from './rich-text';
import { readSeedWikitext } from './testing';
import { toWikiUrl } from './to-wiki-url';
import type { Article } from './types';

const article: Article = parseArticle(readSeedWikitext());
const wiki = (title: string) => toWikiUrl(title);
const field = (key: string) => article.infobox.find((candidate) => candidate.key === key);
const fieldText = (key: string) => toPlainText(field(key)?.value ?? []);

describe('parseArticle on the seed article', () => {
  it('reads the title and the source', () => {
    expect(article.title).toBe('香港特別行政區政府駐北京辦事處');
    expect(article.source).toEqual({
      url: 'https://zh.wikipedia.org/wiki/%E9%A6%99%E6%B8%AF%E7%89%B9%E5%88%A5%E8%A1%8C%E6%94%BF%E5%8D%80%E6%94%BF%E5%BA%9C%E9%A7%90%E5%8C%97%E4%BA%AC%E8%BE%A6%E4%BA%8B%E8%99%95',
      license: 'CC BY-SA 4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    });
  });

  it('reads all 12 infobox fields in order, with exact values', () => {
    expect(article.infobox.map((f) => f.key)).toEqual([
      '中文部門名稱',
      '英文部門名稱',
      '部門標誌',
      '部門標誌名稱',
      '首長職銜',
      '首長姓名',
      '副首長職銜',
      '副首長姓名',
      '成立年份',
      '所屬部門',
      '總部',
      '網站',
    ]);
    expect(field('中文部門名稱')?.label).toBe('中文部門名稱');
    expect(fieldText('中文部門名稱')).toBe('香港特別行政區政府駐北京辦事處');
    expect(fieldText('英文部門名稱')).toBe(
      'Office of the Government of the Hong Kong Special Administrative Region in Beijing',
    );
    expect(fieldText('部門標誌')).toBe('Hong Kong SAR Regional Emblem.svg');
    expect(fieldText('部門標誌名稱')).toBe('中華人民共和國香港特別行政區政府標誌');
    expect(fieldText('首長職銜')).toBe('主任');
    expect(fieldText('首長姓名')).toBe('傅小慧');
    expect(fieldText('副首長職銜')).toBe('副主任');
    expect(fieldText('副首長姓名')).toBe('林雅雯');
    expect(fieldText('成立年份')).toBe('1999年');
    expect(field('所屬部門')?.value).toEqual([
      { kind: 'link', text: '政制及內地事務局', href: wiki('政制及內地事務局') },
    ]);
  });

  it('reads 總部 with its links; {{CHN}} renders as 中國 and the ASCII brackets stay', () => {
    expect(field('總部')?.value).toEqual([
      { kind: 'text', text: '中國' },
      { kind: 'link', text: '北京市', href: wiki('北京市') },
      { kind: 'link', text: '西城區', href: wiki('西城區') },
      { kind: 'link', text: '地安門西大街', href: wiki('地安門西大街') },
      { kind: 'text', text: '71號(' },
      { kind: 'link', text: '郵政編碼', href: wiki('中华人民共和国境内地区邮政编码列表') },
      { kind: 'text', text: ':100009)' },
    ]);
  });

  it('reads {{URL|…}} as a link', () => {
    expect(field('網站')?.value).toEqual([
      { kind: 'link', text: 'http://www.bjo.gov.hk', href: 'http://www.bjo.gov.hk' },
    ]);
  });

  it('reads the four lead paragraphs, the first exactly', () => {
    expect(article.lead.map((p) => p.id)).toEqual(['lead-p1', 'lead-p2', 'lead-p3', 'lead-p4']);
    const first = article.lead[0]?.content ?? [];
    expect(toPlainText(first)).toBe(
      '香港特別行政區政府駐北京辦事處（簡稱香港特區駐京辦、香港駐京辦或駐京辦；英語：Office of the Government of the Hong Kong Special Administrative Region in Beijing）是中华人民共和国香港特別行政區政府政制及內地事務局轄下位於北京的常駐部門，成立於1999年。',
    );
    expect(first).toContainEqual({
      kind: 'link',
      text: '部門',
      href: wiki('香港特別行政區政府部門'),
    });
    expect(toPlainText(article.lead[2]?.content ?? [])).toMatch(
      /^香港特區政府於2015年4月27日成立駐遼寧聯絡處（位於瀋陽）/,
    );
    expect(toPlainText(article.lead[3]?.content ?? [])).toMatch(/^香港特別行政區政府駐天津聯絡處/);
  });

  it('reads the sections as a tree', () => {
    const outline = (sections: Article['sections']): unknown =>
      sections.map((s) => [s.title, s.level, ...(s.children.length ? [outline(s.children)] : [])]);
    expect(outline(article.sections)).toEqual([
      ['職能', 2],
      ['架構及歷任首長', 2, [['歷任首長', 3]]],
      ['活動', 2],
      ['位置', 2],
      ['参考文献', 2],
      ['外部連結', 2],
      ['参见', 2],
    ]);
    const events = article.sections[2];
    expect(events?.blockOrder).toEqual(['s3-p1', 's3-l1', 's3-p2']);
    expect(flattenSections(article.sections).map((s) => s.id)).toEqual([
      's1',
      's2',
      's2-1',
      's3',
      's4',
      's5',
      's6',
      's7',
    ]);
  });

  it("reads the five functions as the 職能 section's list", () => {
    const functions = findSection(article.sections, SECTION_TITLES.functions);
    expect(functions?.lists).toHaveLength(1);
    expect(functions?.lists[0]?.items.map((f) => toPlainText(f.content))).toEqual([
      expect.stringMatching(
        /^作為香港特別行政區政府與中央人民政府.*（即北京、天津、河北、遼寧、吉林、黑龍江、內蒙古、新疆、甘肅、寧夏）.*最新發展。$/,
      ),
      '協助在內地的香港市民與特區設於內地的非政府機構保持聯繫。',
      '處理內地居民來港探訪、工作、投資、就讀的申請。',
      '處理部份香港對外事務。',
      '於內地推廣香港。',
    ]);
  });

  it('reads the five heads with their terms', () => {
    expect(article.heads.map((h) => h.name)).toEqual([
      '梁寶榮',
      '曹萬泰',
      '朱曼鈴',
      '傅小慧',
      '梁志仁',
    ]);
    expect(article.heads[0]).toEqual({
      id: 's2-1-l1-i1',
      name: '梁寶榮',
      href: wiki('梁寶榮'),
      term: {
        start: { iso: '1999', precision: 'year' },
        end: { iso: '2005', precision: 'year' },
        open: false,
        raw: '1999年─2005年',
      },
    });
    expect(article.heads[1]?.term).toEqual({
      start: { iso: '2006-04-30', precision: 'day' },
      end: { iso: '2012-07-18', precision: 'day' },
      open: false,
      raw: '2006年4月30日─2012年7月18日',
    });
    expect(article.heads[4]?.term).toEqual({
      start: { iso: '2019-01-21', precision: 'day' },
      end: null,
      open: true,
      raw: '2019年1月21日－',
    });
  });

  it('reads the four events with places and dates', () => {
    expect(article.events.map((e) => [e.name, e.place, e.start.iso, e.end?.iso, e.raw])).toEqual([
      ['吉林·香港節', '吉林', '2004-01-04', '2004-01-11', '2004年1月4日─1月11日'],
      ['重慶·香港周', '重慶', '2004-05-26', '2004-06-01', '2004年5月26日─6月1日'],
      ['2004天津·香港周', '天津', '2004-10-27', '2004-11-03', '2004年10月27日─11月3日'],
      ['2005河北·香港周', '河北', '2005-06-22', '2005-06-28', '2005年6月22日─6月28日'],
    ]);
    expect(article.events[2]?.placeHref).toBe(wiki('天津'));
  });

  it('reads the two addresses with their periods and sentences', () => {
    const [henderson, dianmen] = article.addresses;
    expect(article.addresses).toHaveLength(2);
    expect(henderson).toMatchObject({
      id: 'henderson-centre',
      text: '北京建國門內大街18號恆基中心辦公室1座21層',
      from: { iso: '1999', precision: 'year' },
      to: { iso: '2005-09-26', precision: 'day' },
    });
    expect(henderson?.sentences).toHaveLength(3);
    expect(henderson?.sentences[0]).toBe(
      '香港特區駐京辦剛成立時，位於北京建國門內大街18號恆基中心辦公室1座21層，於該層一邊為駐京辦辦公室，而另一邊是香港特區政府入境事務處的辦事處。',
    );
    expect(dianmen).toMatchObject({
      id: 'dianmen-west-71',
      text: '北京西城區地安門西大街71號',
      from: { iso: '2005-09-26', precision: 'day' },
      to: null,
    });
    expect(dianmen?.sentences).toHaveLength(4);
    expect(dianmen?.sentences[1]).toBe(
      '駐京辦乃刻意從69至73中挑選71作門牌號碼，象徵7月1日回歸紀念日。',
    );
  });

  it('reads the reference', () => {
    expect(article.references).toEqual([
      {
        id: 'ref-1',
        url: 'http://www.info.gov.hk/gia/general/201504/27/P201504270500.htm',
        title: '香港特區政府駐遼寧聯絡處揭牌（附圖）',
        publisher: '香港政府',
        date: '2015年4月27日',
        accessdate: '2015年4月27日',
      },
    ]);
  });

  it('reads the 外部連結 link and the 参见 list with its nesting', () => {
    const links = findSection(article.sections, SECTION_TITLES.externalLinks);
    expect(links?.lists[0]?.items.map((item) => item.content)).toEqual([
      [{ kind: 'link', text: '香港特別行政區政府駐北京辦事處', href: 'http://www.bjo.gov.hk' }],
    ]);
    const seeAlso = findSection(article.sections, SECTION_TITLES.seeAlso);
    const items = seeAlso?.lists.flatMap((list) => list.items) ?? [];
    expect(
      items.map((item) => [
        toPlainText(item.content),
        item.children.map((child) => toPlainText(child.content)),
      ]),
    ).toEqual([
      ['中央人民政府駐香港特別行政區聯絡辦公室', []],
      ['政制及內地事務局', []],
      ['驻京办', ['澳門特別行政區駐北京辦事處']],
    ]);
    expect(items[2]?.content).toEqual([{ kind: 'link', text: '驻京办', href: wiki('驻京办') }]);
  });

  it('shows neither the {{Portal}} box nor the category links in any section', () => {
    const seeAlso = findSection(article.sections, SECTION_TITLES.seeAlso);
    expect(seeAlso?.paragraphs).toEqual([]);
    const text = JSON.stringify(article.sections);
    expect(text).not.toMatch(/Portal|Category|1999年建立政府機構|香港特别行政区政府驻内地机构/);
  });

  it('lists the infobox logo and the thumbnail', () => {
    expect(article.images).toEqual([
      {
        file: 'Hong Kong SAR Regional Emblem.svg',
        caption: '中華人民共和國香港特別行政區政府標誌',
        origin: 'infobox',
        href: 'https://zh.wikipedia.org/wiki/File:Hong_Kong_SAR_Regional_Emblem.svg',
        src: 'https://zh.wikipedia.org/wiki/Special:FilePath/Hong_Kong_SAR_Regional_Emblem.svg',
      },
      {
        file: 'Hong_SAR_office_in_Beijing.jpg',
        caption: '',
        origin: 'body',
        href: 'https://zh.wikipedia.org/wiki/File:Hong_SAR_office_in_Beijing.jpg',
        src: 'https://zh.wikipedia.org/wiki/Special:FilePath/Hong_SAR_office_in_Beijing.jpg',
      },
    ]);
  });

  it('gives the same article for the same wikitext', () => {
    expect(parseArticle(readSeedWikitext())).toEqual(article);
  });
});
