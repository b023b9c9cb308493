import water from '@/data/water.topo.json';

export const dynamic = 'force-static';

/** Rivers, lake centre-lines and lakes (TopoJSON, WGS-84), drawn from zoom 5 on. */
export function GET() {
  return Response.json(water, {
    headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
  });
}
