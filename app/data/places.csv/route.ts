import { DOWNLOADS, downloadResponse } from '@/lib/data/downloads';
import { placesCsv } from '@/lib/data/exports';
import { downloadPlaces } from '@/lib/network/load';

export const dynamic = 'force-static';

/** The Beijing Office's places and the other Mainland offices and units, as CSV (RFC 4180, UTF-8 with BOM), one row each with lat and lon. */
export function GET() {
  return downloadResponse(DOWNLOADS.placesCsv, placesCsv(downloadPlaces()));
}
