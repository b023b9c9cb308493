import topology from '@/data/geo.topo.json';

export const dynamic = 'force-static';

/** The offline basemap the map draws (TopoJSON, WGS-84), cached by the browser and CDNs. */
export function GET() {
  return Response.json(topology, {
    headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
  });
}
