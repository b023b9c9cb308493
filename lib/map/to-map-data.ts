import type { Place, Region } from '@/lib/data/schema';
import { boundsOf } from '@/lib/geo/bounds-of';
import { regionFeatures } from '@/lib/geo/region-features';
import type { GeoTopology } from '@/lib/geo/types';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';
import type { MapData } from './map-data';

/**
 * Narrows the validated data to what the client map needs: names in `locale` (by default the
 * article's language, zh-Hant), positions [lng, lat], and each region's bounds (Leaflet order) from its drawn
 * polygon, so a region can be framed before the basemap has loaded.
 */
export function toMapData(
  places: readonly Place[],
  regions: readonly Region[],
  topology: GeoTopology,
  topologyUrl: string,
  locale: Locale = DEFAULT_LOCALE,
): MapData {
  const features = regionFeatures(topology, 'regions').features;
  return {
    topologyUrl,
    places: places.map((p) => ({
      id: p.id,
      name: p.shortNames[locale],
      role: p.role,
      position: p.position,
      uncertaintyM: p.uncertaintyM,
      regionId: p.regionId,
      from: p.dates.from.date,
      to: p.dates.to?.date ?? null,
    })),
    regions: regions.map((r) => {
      const feature = features.find((f) => f.properties.id === r.id);
      if (!feature) throw new Error(`toMapData: region "${r.id}" has no polygon in the topology`);
      return {
        id: r.id,
        name: r.names[locale],
        labelPoint: r.labelPoint,
        areaKm2: r.areaKm2,
        coveredBy: r.coveredBy,
        liaisonUnit: r.liaisonUnit,
        bounds: boundsOf(feature, { padding: 0.05 }),
      };
    }),
  };
}
