import { DOWNLOADS, downloadResponse } from '@/lib/data/downloads';
import { placesCsv } from '@/lib/data/exports';
import { loadPlaces } from '@/lib/data/load-geodata';

export const dynamic = 'force-static';

/** The four places as CSV (RFC 4180, UTF-8 with BOM), one row each with lat and lon. */
export function GET() {
  return downloadResponse(DOWNLOADS.placesCsv, placesCsv(loadPlaces()));
}
