import { describe, expect, it } from 'vitest';
import { splitLatinRuns } from './latin-runs';

const join = (text: string) =>
  splitLatinRuns(text)
    .map((p) => p.text)
    .join('');

describe('splitLatinRuns', () => {
  it('marks the English name inside the article’s Chinese, leaving the punctuation outside', () => {
    const text = '（英語：Office of the Government of the HKSAR in Beijing）是常駐部門';
    expect(splitLatinRuns(text)).toEqual([
      { text: '（英語：', latin: false },
      { text: 'Office of the Government of the HKSAR in Beijing', latin: true },
      { text: '）是常駐部門', latin: false },
    ]);
  });

  it('marks a whole English text, and a file name, as one run', () => {
    expect(splitLatinRuns('Hong Kong SAR Regional Emblem.svg')).toEqual([
      { text: 'Hong Kong SAR Regional Emblem.svg', latin: true },
    ]);
  });

  it('leaves Chinese text, numbers, URLs and short Latin words alone', () => {
    for (const text of [
      '成立於1999年。',
      'http://www.bjo.gov.hk',
      '辦事處（GeoJSON）',
      'BJO Atlas 地圖',
      '',
    ]) {
      expect(splitLatinRuns(text)).toEqual([{ text, latin: false }]);
    }
  });

  it('finds each run of several, and gives the text back when joined', () => {
    const text = 'Three English words，然後 four more English words 。';
    expect(
      splitLatinRuns(text)
        .filter((p) => p.latin)
        .map((p) => p.text),
    ).toEqual(['Three English words', 'four more English words']);
    expect(join(text)).toBe(text);
  });
});
