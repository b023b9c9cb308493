import { loadRegions, loadTopology } from '@/lib/data/load-geodata';
import { regionsToGeoJSON } from '@/lib/geo/to-geojson';

export const dynamic = 'force-static';

/** The ten provinces as GeoJSON (Multi)Polygons, simplified as drawn, with ids, codes and areas. */
export function GET() {
  return new Response(JSON.stringify(regionsToGeoJSON(loadRegions(), loadTopology())), {
    headers: {
      'Content-Type': 'application/geo+json; charset=utf-8',
      'Content-Disposition': 'inline; filename="bjo-atlas-regions.geojson"',
    },
  });
}
