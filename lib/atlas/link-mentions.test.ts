import { describe, expect, it } from 'vitest';
import { indexMarks, linkMentions } from './link-mentions';
import type { RichText } from '@/lib/article/types';

const text = (t: string) => ({ kind: 'text' as const, text: t });
const link = (t: string) => ({
  kind: 'link' as const,
  text: t,
  href: `https://zh.wikipedia.org/wiki/${t}`,
});

describe('linkMentions', () => {
  it('turns a mention inside plain text into a map link, keeping the text', () => {
    const content: RichText = [text('位於天津的聯絡處')];
    const out = linkMentions(content, [{ start: 2, end: 4, path: '/region/tianjin' }]);
    expect(out).toEqual([
      text('位於'),
      { kind: 'select', text: '天津', path: '/region/tianjin' },
      text('的聯絡處'),
    ]);
  });

  it('a map link wins over a Wikipedia link for the mentioned words only', () => {
    const content: RichText = [text('「2004'), link('天津'), text('·香港周」')];
    const out = linkMentions(content, [{ start: 5, end: 7, path: '/region/tianjin' }]);
    expect(out).toEqual([
      text('「2004'),
      { kind: 'select', text: '天津', path: '/region/tianjin' },
      text('·香港周」'),
    ]);
  });

  it('a mention across two runs becomes one link', () => {
    const out = linkMentions(
      [text('北'), link('京市')],
      [{ start: 0, end: 3, path: '/region/beijing' }],
    );
    expect(out).toEqual([{ kind: 'select', text: '北京市', path: '/region/beijing' }]);
  });
});

describe('indexMarks', () => {
  it('groups by passage and drops overlaps', () => {
    const marks = indexMarks(
      {
        tianjin: [{ passageId: 'p1', sectionTitle: null, text: '天津市', ranges: [[0, 3]] }],
        other: [{ passageId: 'p1', sectionTitle: null, text: '天津市', ranges: [[1, 2]] }],
      },
      (id) => `/region/${id}`,
    );
    expect(marks.get('p1')).toEqual([{ start: 0, end: 3, path: '/region/tianjin' }]);
  });
});
