import { DOWNLOADS, downloadResponse } from '@/lib/data/downloads';
import { placesKml } from '@/lib/data/exports';
import { loadPlaces } from '@/lib/data/load-geodata';

export const dynamic = 'force-static';

/** The four places as KML placemarks, for Google Earth and Google My Maps. */
export function GET() {
  return downloadResponse(DOWNLOADS.placesKml, placesKml(loadPlaces()));
}
