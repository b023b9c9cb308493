import { describe, expect, it } from 'vitest';
import networkJson from '@/data/mainland-offices.json';
import { loadCities } from '@/lib/atlas/cities';
import { loadGeodata } from '@/lib/data/load-geodata';
import { buildNetwork } from './network';
import { loadNetwork, mainlandRegionIds } from './load';
import { coverageOn, servingOn } from './service';
import { officeOptions } from './answer';
import { pickOption } from './pick';

const network = loadNetwork();
const mainland = mainlandRegionIds();
const office = (regionId: string, day: string | null) =>
  servingOn(network.periods, regionId, day).map((p) => p.officeId);

describe('the five Mainland offices', () => {
  it('knows the 31 provincial-level regions of the Mainland', () => {
    expect(mainland).toHaveLength(31);
    expect(mainland).not.toContain('hong-kong');
    expect(mainland).not.toContain('macao');
  });

  it('serves each of the 31 regions by exactly one office on any day from the Wuhan office’s opening on', () => {
    const wuhan = network.offices.find((o) => o.id === 'wuhan-eto')!;
    expect(wuhan.from).toBe('2014-04-01');
    // Every day a period starts or ends on, the day before each, and a day in every year since.
    const boundaries = network.periods
      .flatMap((p) => [p.from?.date, p.until?.date])
      .filter((d): d is string => !!d);
    const days = new Set<string>(['2014-04-01', '2023-06-30', '2023-07-01', '2026-12-31']);
    for (const d of boundaries) {
      const day = d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
      days.add(day);
    }
    for (let y = 2014; y <= 2026; y++) days.add(`${y}-06-15`);
    for (const day of [...days].filter((d) => d >= '2014-04-01')) {
      expect(coverageOn(network.periods, mainland, day), day).toEqual({
        unassigned: [],
        doubled: [],
      });
    }
    expect(coverageOn(network.periods, mainland, null)).toEqual({ unassigned: [], doubled: [] });
  });

  it('before the Wuhan office, leaves unassigned only the regions no source places (and never doubles one)', () => {
    // Henan, Shanxi, Qinghai and Tibet: no source found says which office served them before
    // April 2014 (the Wuhan office took the first two, the Chengdu office the others).
    const unsourced = ['henan', 'qinghai', 'shanxi', 'xizang'];
    expect(coverageOn(network.periods, mainland, '2010-01-01')).toEqual({
      unassigned: unsourced,
      doubled: [],
    });
    expect(coverageOn(network.periods, mainland, '2014-03-31')).toEqual({
      unassigned: unsourced,
      doubled: [],
    });
    // Before the Shanghai and Chengdu offices (September 2006), their regions had no office in
    // the data either; before the Guangdong office widened (April 2006) nor did its four.
    const early = coverageOn(network.periods, mainland, '2005-01-01');
    expect(early.doubled).toEqual([]);
    expect(early.unassigned).toEqual(
      expect.arrayContaining([...unsourced, 'fujian', 'shanghai', 'sichuan', 'yunnan', 'hubei']),
    );
    expect(early.unassigned).not.toContain('guangdong');
    expect(early.unassigned).not.toContain('shandong'); // the Beijing Office's until 2014
  });

  it('moves Yunnan on the sourced days: Chengdu, Guangdong from April 2014, Chengdu from 2023-07-01', () => {
    expect(office('yunnan', '2010-01-01')).toEqual(['chengdu-eto']);
    expect(office('yunnan', '2014-04-01')).toEqual(['guangdong-eto']);
    expect(office('yunnan', '2023-01-01')).toEqual(['guangdong-eto']);
    expect(office('yunnan', '2023-06-30')).toEqual(['guangdong-eto']);
    expect(office('yunnan', '2023-07-01')).toEqual(['chengdu-eto']);
    expect(office('yunnan', null)).toEqual(['chengdu-eto']);
  });

  it('keeps the Beijing Office’s ten provinces from the article, and Shandong until 2014', () => {
    const ten = loadGeodata().regions.map((r) => r.id);
    for (const id of ten) expect(office(id, null), id).toEqual(['beijing-office']);
    expect(office('shandong', '2013-06-01')).toEqual(['beijing-office']);
    expect(office('shandong', null)).toEqual(['shanghai-eto']);
  });

  it('gives every office and liaison unit a source for each date, address and service period', () => {
    for (const p of network.periods) {
      if (p.officeId !== 'beijing-office')
        expect(p.sources.length, `${p.officeId} ${p.regionId}`).toBeGreaterThan(0);
    }
    for (const m of [...network.offices, ...network.units]) {
      expect(m.sources.length, m.id).toBeGreaterThan(0);
    }
    // 5 offices and 11 liaison units, as the government said in 2024.
    expect(network.offices).toHaveLength(5);
    expect(network.units).toHaveLength(11);
  });
});

describe('buildNetwork', () => {
  const ctx = () => ({
    places: loadGeodata().places,
    regions: loadGeodata().regions,
    mainland,
    cities: loadCities(),
  });
  const copy = () => JSON.parse(JSON.stringify(networkJson));

  it('names each fault: an unknown province, a missing source, an overlap, an unknown city', () => {
    const bad = copy();
    bad.offices[0].serves[0].regionId = 'atlantis';
    bad.offices[1].dates.from.source = 'nowhere';
    bad.offices[2].serves.push({
      regionId: 'sichuan',
      from: { date: '2010', source: 'cdeto-foreword' },
    });
    bad.liaisonUnits[0].cityId = 'gotham';
    bad.liaisonUnits[1].basis.en = 'at 福州';
    const result = buildNetwork(bad, ctx());
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'offices[0].serves[0].regionId: "atlantis" is not a provincial-level region',
        ),
        expect.stringContaining(
          'offices[1].dates.from.source: "nowhere" is not one of its sources',
        ),
        expect.stringContaining('offices[2].serves[9]: overlaps serves[0] (sichuan)'),
        expect.stringContaining('liaisonUnits[0].cityId: "gotham" is not a city'),
        expect.stringContaining('liaisonUnits[1].basis.en: English text with Chinese in it'),
      ]),
    );
  });

  it('says what a malformed file lacks', () => {
    const bad = copy();
    delete bad.offices[0].names;
    const result = buildNetwork(bad, ctx());
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^data\/mainland-offices\.json: offices\.0\.names: /),
    ]);
  });
});

describe('the finder’s answer for a city outside the Beijing Office’s provinces', () => {
  const cities = loadCities();
  const answer = (cityId: string, day: string | null) => {
    const city = cities.find((c) => c.id === cityId)!;
    return pickOption(officeOptions(network, city.regionId, city, 'en'), day);
  };
  const cases: [city: string, day: string | null, office: string, unit: string | null][] = [
    ['guangzhou', null, 'Guangdong ETO', 'Shenzhen Liaison Unit'],
    ['xian', null, 'Chengdu ETO', 'Shaanxi Liaison Unit'],
    ['zhengzhou', null, 'Wuhan ETO', 'Henan Liaison Unit'],
    ['jinan', null, 'Shanghai ETO', 'Shandong Liaison Unit'],
    ['kunming', null, 'Chengdu ETO', 'Chongqing Liaison Unit'],
    ['kunming', '2023-01-01', 'Guangdong ETO', 'Guangxi Liaison Unit'],
    ['lhasa', null, 'Chengdu ETO', 'Chongqing Liaison Unit'],
    ['dalian', null, 'Beijing Office', 'Liaoning Liaison Unit'],
  ];
  it.each(cases)('%s on %s: %s, nearest unit %s', (city, day, office, unit) => {
    const a = answer(city, day)!;
    expect(a.option.office.name).toBe(office);
    expect(a.unit?.name ?? null).toBe(unit);
    expect(a.option.office.km > 0 || a.option.office.sameCity).toBe(true);
    expect(a.option.sources.length).toBeGreaterThan(0);
  });

  it('places an office known only by its city at that city', () => {
    const a = answer('guangzhou', null)!;
    expect(a.option.office).toMatchObject({ km: 0, sameCity: true });
    expect(answer('shenzhen', null)!.unit).toMatchObject({ km: 0, sameCity: true });
  });

  it('counts only the liaison units open on the day', () => {
    // On 2015-01-01 the Shaanxi unit (April 2017) was not yet open: Xi'an's nearest was Chongqing's.
    expect(answer('xian', '2015-01-01')!.unit!.name).toBe('Chongqing Liaison Unit');
    // In 2010 the Chengdu office had no unit whose opening is known.
    expect(answer('chengdu', '2010-01-01')!.unit).toBeNull();
  });

  it('says nothing where the data has no office for the day', () => {
    expect(answer('zhengzhou', '2010-01-01')).toBeNull();
  });
});
