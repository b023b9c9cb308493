import { describe, expect, it } from 'vitest';
import { loadAtlas } from './load-atlas';
import { describePlace } from './describe-place';
import { describeRegion } from './describe-region';

const atlas = loadAtlas();

describe('describePlace', () => {
  it('the Beijing office covers all ten provinces and gives no distance from itself', () => {
    const d = describePlace('beijing-office', atlas.places, atlas.regions, 'zh-Hant');
    expect(d.covers.map((r) => r.id)).toHaveLength(10);
    expect(d.distanceFromOfficeKm).toBeNull();
    expect(d.from.date).toBe('2005-09-26');
    expect(d.region.id).toBe('beijing');
  });

  it('the Tianjin unit is about 110 km from the office and shows the other sources’ dates', () => {
    const d = describePlace('tianjin-liaison-unit', atlas.places, atlas.regions, 'zh-Hant');
    expect(d.distanceFromOfficeKm).toBeGreaterThan(100);
    expect(d.distanceFromOfficeKm).toBeLessThan(125);
    expect(d.from.date).toBe('2017-02-17');
    expect(d.otherDates.map((x) => x.date)).toEqual(
      expect.arrayContaining(['2017-02-27', '2017-09-14']),
    );
    expect(d.covers.map((r) => r.id)).toEqual(['tianjin']);
  });

  it('says what happened on each date in the language asked for', () => {
    const what = (a: typeof atlas, l: 'zh-Hant' | 'zh-Hans' | 'en') =>
      describePlace('beijing-office', a.places, a.regions, l).from.what;
    expect(what(atlas, 'zh-Hant')).toBe('地安門西大街71號新辦公大樓落成啟用');
    expect(what(loadAtlas('zh-Hans'), 'zh-Hans')).toBe('地安门西大街71号新办公大楼落成启用');
    expect(what(atlas, 'en')).toBe(
      "new office building at 71 Di'anmen West Street completed and in use",
    );
  });

  it('gives how the position was found, the notes and the sources in the language asked for', () => {
    const tianjin = (a: typeof atlas, l: 'zh-Hant' | 'zh-Hans' | 'en') =>
      describePlace('tianjin-liaison-unit', a.places, a.regions, l);
    const hant = tianjin(atlas, 'zh-Hant');
    const hans = tianjin(loadAtlas('zh-Hans'), 'zh-Hans');
    const en = tianjin(atlas, 'en');
    expect(hant.basis).toMatch(/^地址：香港政府新聞網/);
    expect(hans.basis).toMatch(/^地址：香港政府新闻网/);
    expect(en.basis).toMatch(/^Address: news\.gov\.hk/);
    expect(hant.notes).toContain('小冊子');
    expect(en.notes).toMatch(/^An undated booklet/);
    expect(en.otherDates[0]?.note).toMatch(/^the Chief Executive’s blog/);
    expect(hant.otherDates[0]?.note).toMatch(/^行政長官/);
    // A source keeps its own title in its own language; what it is follows the page.
    const article = (d: typeof hant) => d.sources.find((s) => s.id === 'article')!;
    expect(article(en).title).toEqual({ text: '香港特別行政區政府駐北京辦事處', lang: 'zh-Hant' });
    expect(article(hans).title).toEqual({
      text: '香港特别行政区政府驻北京办事处',
      lang: 'zh-Hans',
    });
    expect(article(en).about).toMatch(/^the zh\.wikipedia article/);
    expect(article(hant).about).toMatch(/^中文維基百科條目/);
    const tower = en.sources.find((s) => s.id === 'enwiki-tjwfc')!;
    expect(tower.title).toEqual({ text: 'Tianjin World Financial Center', lang: 'en' });
    expect(
      tianjin(atlas, 'zh-Hant').sources.find((s) => s.id === 'enwiki-tjwfc')!.title?.lang,
    ).toBe('en');
    // Without a recorded title, the source is named by what it is.
    expect(en.sources.find((s) => s.id === 'news-gov-hk-2017-09-14')!.title).toBeNull();
    expect(en.from.source?.id).toBe('article');
  });

  it('keeps a title written in Simplified Chinese marked so on the Traditional page', () => {
    const d = describePlace('liaoning-liaison-unit', atlas.places, atlas.regions, 'zh-Hant');
    expect(d.sources.find((s) => s.id === 'rmzxb-2024-08-30')!.title?.lang).toBe('zh-Hans');
  });

  it('names the province in the language asked for', () => {
    const name = (l: 'zh-Hant' | 'zh-Hans' | 'en') =>
      describePlace('liaoning-liaison-unit', atlas.places, atlas.regions, l).region.name;
    expect([name('zh-Hant'), name('zh-Hans'), name('en')]).toEqual(['遼寧', '辽宁', 'Liaoning']);
  });

  it('throws on an unknown id', () => {
    expect(() => describePlace('nowhere', atlas.places, atlas.regions, 'zh-Hant')).toThrow(
      /unknown place id/,
    );
  });
});

describe('describeRegion', () => {
  it('Liaoning holds the Shenyang unit and is covered by the Beijing office', () => {
    const d = describeRegion('liaoning', atlas.places, atlas.regions, atlas.article, 'zh-Hant');
    expect(d.liaisonUnit?.id).toBe('liaoning-liaison-unit');
    expect(d.coveredBy?.id).toBe('beijing-office');
    expect(d.placesInside.map((p) => p.id)).toEqual(['liaoning-liaison-unit']);
  });

  it('Tianjin and Jilin list the article’s events held there; Xinjiang none', () => {
    expect(
      describeRegion('tianjin', atlas.places, atlas.regions, atlas.article, 'zh-Hant').events.map(
        (e) => e.name,
      ),
    ).toEqual(['2004天津·香港周']);
    expect(
      describeRegion('jilin', atlas.places, atlas.regions, atlas.article, 'zh-Hant').events.map(
        (e) => e.name,
      ),
    ).toEqual(['吉林·香港節']);
    expect(
      describeRegion('xinjiang', atlas.places, atlas.regions, atlas.article, 'zh-Hant').events,
    ).toEqual([]);
  });
});

describe('loadAtlas in Simplified Chinese', () => {
  const hans = loadAtlas('zh-Hans');

  it('converts the article and the data, and finds the mentions in the converted text', () => {
    expect(hans.article.title).toBe('香港特别行政区政府驻北京办事处');
    expect(hans.places.find((p) => p.id === 'beijing-office')?.address.zh).toContain(
      '地安门西大街71号',
    );
    const passages = [...hans.mentions['place:beijing-office']!];
    expect(passages.length).toBe(atlas.mentions['place:beijing-office']!.length);
    for (const m of passages)
      for (const [start, end] of m.ranges) expect(m.text.slice(start, end)).not.toMatch(/[門號辦]/);
  });

  it('keeps links to their pages', () => {
    expect(hans.article.source.url).toBe(atlas.article.source.url);
  });

  it('names places on the map in each language', () => {
    const names = (l: 'zh-Hant' | 'zh-Hans' | 'en') =>
      loadAtlas(l).mapData.regions.find((r) => r.id === 'heilongjiang')?.name;
    expect([names('zh-Hant'), names('zh-Hans'), names('en')]).toEqual([
      '黑龍江',
      '黑龙江',
      'Heilongjiang',
    ]);
  });
});
