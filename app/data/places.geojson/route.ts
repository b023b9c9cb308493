import { loadPlaces } from '@/lib/data/load-geodata';
import { placesToGeoJSON } from '@/lib/geo/to-geojson';

export const dynamic = 'force-static';

/** The four offices as GeoJSON Points with names, roles, dates, sources and uncertainty. */
export function GET() {
  return new Response(JSON.stringify(placesToGeoJSON(loadPlaces()), null, 1), {
    headers: {
      'Content-Type': 'application/geo+json; charset=utf-8',
      'Content-Disposition': 'inline; filename="bjo-atlas-places.geojson"',
    },
  });
}
