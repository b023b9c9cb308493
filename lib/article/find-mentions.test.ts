import { describe, expect, it } from 'vitest';
import { findMentions, type Mention, type MentionTarget } from './find-mentions';
import { findSection, SECTION_TITLES } from './find-section';
import { listPassages } from './list-passages';
import { parseArticle } from './parse-article';
import { readSeedWikitext } from './testing';

const article = parseArticle(readSeedWikitext());

const TARGETS: MentionTarget[] = [
  { id: 'beijing', names: ['北京', '北京市', 'Beijing'] },
  { id: 'tianjin', names: ['天津', '天津市', 'Tianjin'] },
  { id: 'hebei', names: ['河北', '河北省', 'Hebei'] },
  { id: 'liaoning', names: ['遼寧', '辽宁', '遼寧省', '瀋陽', '沈阳', 'Liaoning'] },
  { id: 'jilin', names: ['吉林', '吉林省', 'Jilin'] },
  { id: 'heilongjiang', names: ['黑龍江', '黑龙江', 'Heilongjiang'] },
  { id: 'inner-mongolia', names: ['內蒙古', '内蒙古', 'Inner Mongolia'] },
  { id: 'xinjiang', names: ['新疆', 'Xinjiang'] },
  { id: 'gansu', names: ['甘肅', '甘肃', 'Gansu'] },
  { id: 'ningxia', names: ['寧夏', '宁夏', 'Ningxia'] },
];
const mentions = findMentions(article, TARGETS);
const ids = (list: Mention[] | undefined) => (list ?? []).map((m) => m.passageId);
const matched = (mention: Mention | undefined) =>
  (mention?.ranges ?? []).map(([start, end]) => mention?.text.slice(start, end));
const inPassage = (target: string, passageId: string) =>
  mentions[target]?.find((m) => m.passageId === passageId);

const TIANJIN_EVENT = article.events.find((e) => e.name === '2004天津·香港周')?.id ?? '';
const JILIN_EVENT = article.events.find((e) => e.name === '吉林·香港節')?.id ?? '';
const FUNCTIONS = findSection(article.sections, SECTION_TITLES.functions)?.lists[0]?.items ?? [];
const TEN_PROVINCES = FUNCTIONS[0]?.id ?? '';

describe('findMentions on the seed article', () => {
  it('finds 天津 in the Tianjin unit paragraph and in 2004天津·香港周', () => {
    expect(ids(mentions.tianjin)).toEqual(['lead-p4', TEN_PROVINCES, TIANJIN_EVENT]);
    expect(matched(inPassage('tianjin', 'lead-p4'))).toEqual([
      '天津',
      '天津市',
      '天津市',
      '天津市',
    ]);
    expect(inPassage('tianjin', TIANJIN_EVENT)?.sectionTitle).toBe('活動');
  });

  it('finds 遼寧 and 瀋陽 in the Liaoning unit paragraph', () => {
    expect(ids(mentions.liaoning)).toEqual(['lead-p3', TEN_PROVINCES]);
    expect(matched(inPassage('liaoning', 'lead-p3'))).toEqual(['遼寧', '瀋陽', '遼寧省']);
    expect(inPassage('liaoning', 'lead-p3')?.sectionTitle).toBeNull();
  });

  it('finds 吉林 in 吉林·香港節', () => {
    expect(ids(mentions.jilin)).toEqual([TEN_PROVINCES, JILIN_EVENT]);
  });

  it('finds each of the ten provinces in the 職能 item that lists them', () => {
    for (const target of TARGETS) {
      expect(matched(inPassage(target.id, TEN_PROVINCES)), target.id).toHaveLength(1);
    }
  });

  it('finds 北京 as the city, not inside the name of a 駐北京辦事處', () => {
    const beijing = mentions.beijing ?? [];
    expect(ids(beijing)).not.toContain('lead-p2'); // only 香港特別行政區政府駐北京辦事處
    expect(ids(beijing)).toEqual(
      expect.arrayContaining([
        'lead-p1',
        TEN_PROVINCES,
        's4-p1',
        's4-p2',
        'address-henderson-centre-s1',
      ]),
    );
    expect(matched(inPassage('beijing', 'lead-p1'))).toEqual(['北京']); // not "in Beijing" either
    const lead = inPassage('beijing', 'lead-p1');
    expect(lead?.text.slice((lead?.ranges[0]?.[0] ?? 0) - 2, lead?.ranges[0]?.[1])).toBe(
      '位於北京',
    );
    // the 職能 item: "（即北京、…" counts, "該等省市的駐北京辦事處" does not
    expect(inPassage('beijing', TEN_PROVINCES)?.ranges).toHaveLength(1);
    for (const mention of beijing) {
      for (const [start, end] of mention.ranges) {
        expect(mention.text.slice(start, end + 3), mention.passageId).not.toBe('北京辦事處');
      }
    }
    expect(matched(inPassage('beijing', 's4-p1'))).toEqual(['北京', '北京市', '北京']);
  });

  it('counts names inside a shadowing term when no shadowing terms are given', () => {
    const unshadowed = findMentions(article, TARGETS, { shadowingTerms: [] });
    expect(ids(unshadowed.beijing)).toContain('lead-p2');
  });

  it('reports every target, mentioned or not', () => {
    const result = findMentions(article, [
      { id: 'nowhere', names: ['烏有鄉'] },
      { id: 'empty', names: [] },
    ]);
    expect(result).toEqual({ nowhere: [], empty: [] });
  });

  it('gives ranges as UTF-16 offsets into the passage text', () => {
    for (const list of Object.values(mentions)) {
      for (const mention of list) {
        const passage = listPassages(article).find((p) => p.id === mention.passageId);
        expect(mention.text).toBe(passage?.text);
        for (const [start, end] of mention.ranges) expect(end).toBeGreaterThan(start);
      }
    }
  });
});

describe('listPassages', () => {
  it('lists lead, section paragraphs, list items and address sentences, not link sections', () => {
    const passages = listPassages(article);
    const passageIds = passages.map((p) => p.id);
    expect(passageIds.slice(0, 4)).toEqual(['lead-p1', 'lead-p2', 'lead-p3', 'lead-p4']);
    expect(FUNCTIONS).toHaveLength(5);
    for (const item of [...FUNCTIONS, ...article.heads, ...article.events]) {
      expect(passageIds).toContain(item.id);
    }
    expect(passageIds.filter((id) => id.startsWith('address-'))).toHaveLength(7);
    expect(passages.some((p) => p.sectionTitle === '参见' || p.sectionTitle === '外部連結')).toBe(
      false,
    );
  });
});
