import { DOWNLOADS, downloadResponse } from '@/lib/data/downloads';
import { placesDetailsGeoJson } from '@/lib/data/exports';
import { loadPlaces } from '@/lib/data/load-geodata';

export const dynamic = 'force-static';

/** The four places as GeoJSON Points with everything data/places.json holds, nested. */
export function GET() {
  const download = DOWNLOADS.placesDetailsGeoJson;
  return downloadResponse(download, JSON.stringify(placesDetailsGeoJson(loadPlaces()), null, 2));
}
