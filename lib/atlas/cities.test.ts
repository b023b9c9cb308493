import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { loadCities, loadProvinces } from './cities';
import { describeCity } from './describe-city';
import { loadGeodata } from '@/lib/data/load-geodata';
import { ADM1_TO_REGION, adm1Disagreements } from '../../scripts/build-data/build-basemap.mjs';
import { toSimplified } from '@/lib/i18n/to-simplified';

const cities = loadCities();
const byId = (id: string) => cities.find((c) => c.id === id)!;
const corrections = JSON.parse(
  readFileSync(join(process.cwd(), 'data/source/city-corrections.json'), 'utf8'),
) as { corrections: { ne: string; adm1: string; fix: Record<string, unknown> }[] };

describe('data/cities.json', () => {
  it('has every city of mainland China, Hong Kong and Macao in the source, ids unique', () => {
    expect(cities.length).toBe(402);
    expect(new Set(cities.map((c) => c.id)).size).toBe(cities.length);
  });

  it('puts every city inside its province polygon, or within 25 km of its coast', () => {
    const topo = loadGeodata().topology;
    const shapes = [
      ...feature(topo as never, topo.objects.regions as GeometryCollection).features,
      ...feature(topo as never, topo.objects.china as GeometryCollection).features,
    ];
    const offCoast: string[] = [];
    for (const c of cities) {
      const shape = shapes.find((s) => (s.properties as { id: string }).id === c.regionId)!;
      if (!booleanPointInPolygon(point(c.position), shape as never)) offCoast.push(c.id);
    }
    // Both lie on islands our simplified coast leaves out; PROVENANCE.md lists them.
    expect(offCoast.sort()).toEqual(['sanya', 'xiamen']);
  });

  it('lists the cities whose ADM1NAME disagrees with the polygon: NE gives Qinghai to Gansu', () => {
    // The polygon is right: these five lie in Qinghai (Xining is its capital). Natural Earth
    // v4.0.0 has them under Gansu (issue #411); every other city agrees with its polygon.
    const disagree = adm1Disagreements(cities, ADM1_TO_REGION);
    expect(disagree.map((d) => `${d.id}: ${d.neAdm1} → ${d.regionId}`).sort()).toEqual([
      'dulan: Gansu → qinghai',
      'golmud: Gansu → qinghai',
      'guide: Gansu → qinghai',
      'jyekundo: Gansu → qinghai',
      'xining: Gansu → qinghai',
    ]);
    // Every source province name is known to the check, so none is skipped silently.
    const unknown = cities.filter((c) => c.neAdm1 && !(c.neAdm1 in ADM1_TO_REGION));
    expect(unknown.map((c) => c.neAdm1)).toEqual([]);
  });

  it('names the Liaoning cities in three scripts, with the corrections applied', () => {
    expect(byId('shenyeng').names).toEqual({
      'zh-Hant': '瀋陽',
      'zh-Hans': '沈阳',
      en: 'Shenyang',
    });
    expect(byId('dalian').names).toEqual({ 'zh-Hant': '大連', 'zh-Hans': '大连', en: 'Dalian' });
    expect(byId('yingkow').names.en).toBe('Yingkou');
    expect(byId('hangu').names).toMatchObject({ 'zh-Hans': '汉沽', en: 'Hangu' });
    expect(byId('xiangtai').names).toMatchObject({ 'zh-Hant': '邢台', en: 'Xingtai' });
  });

  it('uses each correction, and its Traditional form where OpenCC is wrong', () => {
    expect(corrections.corrections.length).toBeGreaterThan(50);
    expect(byId('gejiu').names['zh-Hant']).toBe('個舊');
    expect(byId('xinyu').names['zh-Hant']).toBe('新餘');
  });

  it('keeps Simplified and Traditional consistent: the Simplified is the Traditional converted', () => {
    const off = cities.filter(
      (c) => c.names['zh-Hant'] && toSimplified(c.names['zh-Hant']) !== c.names['zh-Hans'],
    );
    expect(off.map((c) => `${c.names['zh-Hant']}→${c.names['zh-Hans']}`)).toEqual([]);
  });

  it('marks one capital per province, Shenyang for Liaoning', () => {
    const capitals = cities.filter((c) => c.capital);
    expect(new Set(capitals.map((c) => c.regionId)).size).toBe(capitals.length);
    expect(capitals.find((c) => c.regionId === 'liaoning')?.id).toBe('shenyeng');
    expect(capitals.every((c) => c.minZoom === 5)).toBe(true);
  });
});

describe('describeCity', () => {
  const { places, regions } = loadGeodata();
  const provinces = loadProvinces();
  it('answers for a covered city: its province, the office, the nearest liaison unit', () => {
    const d = describeCity('dalian', cities, provinces, places, regions, 'zh-Hant');
    expect(d.province?.id).toBe('liaoning');
    expect(d.covered).toBe(true);
    expect(d.nearestLiaisonUnit?.id).toBe('liaoning-liaison-unit');
    expect(d.office.id).toBe('beijing-office');
    expect(d.office.km).toBeGreaterThan(450);
    expect(d.office.km).toBeLessThan(480);
  });
  it('says plainly that a city outside the ten provinces is not covered', () => {
    const d = describeCity('guangzhou', cities, provinces, places, regions, 'en');
    expect(d.province?.id).toBe('guangdong');
    expect(d.covered).toBe(false);
    expect(d.provinceLiaisonUnit).toBeNull();
  });
  it('throws on an unknown city', () => {
    expect(() => describeCity('atlantis', cities, provinces, places, regions, 'en')).toThrow(
      /unknown city/,
    );
  });
});
