import { describe, expect, it } from 'vitest';
import { dedupeMentions } from './dedupe-mentions';

const m = (passageId: string, text: string) => ({
  passageId,
  sectionTitle: '位置',
  text,
  ranges: [],
});

describe('dedupeMentions', () => {
  it('drops a sentence already shown in its paragraph, keeps the rest in order', () => {
    const para = m('s4-p2', '甲。乙在北京。丙。');
    const sentence = m('address-dianmen-west-71-s2', '乙在北京。');
    const other = m('lead-p1', '丁在北京。');
    expect(dedupeMentions([para, other, sentence])).toEqual([para, other]);
  });

  it('keeps one of two identical passages', () => {
    expect(dedupeMentions([m('a', '北京'), m('b', '北京')]).map((x) => x.passageId)).toEqual(['a']);
  });
});
