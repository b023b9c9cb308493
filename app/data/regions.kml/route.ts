import { DOWNLOADS, downloadResponse } from '@/lib/data/downloads';
import { regionsKml } from '@/lib/data/exports';
import { loadRegions, loadTopology } from '@/lib/data/load-geodata';

export const dynamic = 'force-static';

/** The ten provinces as KML polygons, simplified as drawn, for Google Earth and My Maps. */
export function GET() {
  return downloadResponse(DOWNLOADS.regionsKml, regionsKml(loadRegions(), loadTopology()));
}
