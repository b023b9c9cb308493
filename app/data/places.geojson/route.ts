import { DOWNLOADS, downloadResponse } from '@/lib/data/downloads';
import { placesGeoJson } from '@/lib/data/exports';
import { loadPlaces } from '@/lib/data/load-geodata';

export const dynamic = 'force-static';

/** The four places as GeoJSON Points with flat properties (fields: data/README.md). */
export function GET() {
  const download = DOWNLOADS.placesGeoJson;
  return downloadResponse(download, JSON.stringify(placesGeoJson(loadPlaces()), null, 2));
}
