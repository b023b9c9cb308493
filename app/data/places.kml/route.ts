import { DOWNLOADS, downloadResponse } from '@/lib/data/downloads';
import { placesKml } from '@/lib/data/exports';
import { downloadPlaces } from '@/lib/network/load';

export const dynamic = 'force-static';

/** The Beijing Office's places and the other Mainland offices and units, as KML placemarks, for Google Earth and Google My Maps. */
export function GET() {
  return downloadResponse(DOWNLOADS.placesKml, placesKml(downloadPlaces()));
}
