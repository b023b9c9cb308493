import { loadNetwork } from '@/lib/network/load';
import { toMapNetwork } from '@/lib/network/map-network';

export const dynamic = 'force-static';

/** The other Mainland offices and every service period, for the map (lib/network/map-network). */
export function GET() {
  return Response.json(toMapNetwork(loadNetwork()), {
    headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
  });
}
