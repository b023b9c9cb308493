import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as placesCsvRoute from '@/app/data/places.csv/route';
import * as placesDetailsRoute from '@/app/data/places-details.geojson/route';
import * as placesGeoJsonRoute from '@/app/data/places.geojson/route';
import * as placesKmlRoute from '@/app/data/places.kml/route';
import * as regionsGeoJsonRoute from '@/app/data/regions.geojson/route';
import * as regionsKmlRoute from '@/app/data/regions.kml/route';
import { DOWNLOADS } from './downloads';
import {
  placesCsv,
  placesDetailsGeoJson,
  placesGeoJson,
  placesKml,
  regionsGeoJson,
  regionsKml,
} from './exports';
import { loadPlaces, loadRegions, loadTopology } from './load-geodata';
import { downloadPlaces } from '@/lib/network/load';

const places = loadPlaces();
const all = downloadPlaces();
const regions = loadRegions();
const topology = loadTopology();

/** Each download, its route module, and what the route must answer with. */
const routes = [
  [DOWNLOADS.placesGeoJson, placesGeoJsonRoute, () => placesGeoJson(all)],
  [DOWNLOADS.placesKml, placesKmlRoute, () => placesKml(all)],
  [DOWNLOADS.placesCsv, placesCsvRoute, () => placesCsv(all)],
  [DOWNLOADS.placesDetailsGeoJson, placesDetailsRoute, () => placesDetailsGeoJson(places)],
  [DOWNLOADS.regionsGeoJson, regionsGeoJsonRoute, () => regionsGeoJson(regions, topology)],
  [DOWNLOADS.regionsKml, regionsKmlRoute, () => regionsKml(regions, topology)],
] as const;

const APP_DATA = join(process.cwd(), 'app', 'data');

describe('the data downloads', () => {
  it('has a route for every download, and a download for every route but what the map loads', () => {
    // The map's own files: the basemap, the cities and water it loads from zoom 5, the offices.
    const mapFiles = ['geo.topo.json', 'cities.json', 'water.topo.json', 'network.json'];
    const folders = readdirSync(APP_DATA).filter((f) => !mapFiles.includes(f));
    expect(folders.sort()).toEqual(
      Object.values(DOWNLOADS)
        .map((d) => d.path.slice(6))
        .sort(),
    );
    expect(routes).toHaveLength(Object.keys(DOWNLOADS).length);
  });

  it.each(routes)(
    '$path is static and saved as an attachment of its type',
    async (d, route, build) => {
      // static: the export (output: 'export') writes it once at build time
      expect(route.dynamic).toBe('force-static');
      expect(extname(d.filename)).toBe(extname(d.path));
      const response = route.GET();
      expect(response.headers.get('content-type')).toBe(d.contentType);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="${d.filename}"`,
      );
      // the bytes as sent (text() would drop the CSV's byte order mark)
      const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        await response.arrayBuffer(),
      );
      const expected = build();
      if (typeof expected === 'string') expect(body).toBe(expected);
      else expect(JSON.parse(body)).toEqual(expected);
    },
  );

  it('names the media types GIS programs and Google Earth expect', () => {
    const types = Object.values(DOWNLOADS).map((d) => [
      extname(d.path),
      d.contentType.split(';')[0],
    ]);
    for (const [ext, type] of types) {
      expect(type).toBe(
        {
          '.geojson': 'application/geo+json',
          '.kml': 'application/vnd.google-earth.kml+xml',
          '.csv': 'text/csv',
        }[ext!],
      );
    }
  });
});
