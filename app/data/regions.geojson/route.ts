import { DOWNLOADS, downloadResponse } from '@/lib/data/downloads';
import { regionsGeoJson } from '@/lib/data/exports';
import { loadRegions, loadTopology } from '@/lib/data/load-geodata';

export const dynamic = 'force-static';

/** The ten provinces as GeoJSON (Multi)Polygons, simplified as drawn, with flat properties. */
export function GET() {
  const collection = regionsGeoJson(loadRegions(), loadTopology());
  return downloadResponse(DOWNLOADS.regionsGeoJson, JSON.stringify(collection));
}
