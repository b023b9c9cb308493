import { finderData } from '@/lib/atlas/cities';

export const dynamic = 'force-static';

/**
 * The cities (for the map's labels from zoom 5 on) and every name the finder matches, loaded by
 * the browser only when first needed.
 */
export function GET() {
  return Response.json(finderData(), {
    headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
  });
}
