import { DOWNLOADS, downloadResponse } from '@/lib/data/downloads';
import { placesGeoJson } from '@/lib/data/exports';
import { downloadPlaces } from '@/lib/network/load';

export const dynamic = 'force-static';

/** The Beijing Office's places and the other Mainland offices and units, as GeoJSON Points with flat properties (fields: data/README.md). */
export function GET() {
  const download = DOWNLOADS.placesGeoJson;
  return downloadResponse(download, JSON.stringify(placesGeoJson(downloadPlaces()), null, 2));
}
