import { loadGeodata } from '@/lib/data/load-geodata';

export { default, alt, size, contentType } from '../../../[locale]/place/[id]/opengraph-image';
// Segment config is read from each route file itself, so it is written out here too.
export const dynamic = 'force-static';
export const dynamicParams = false;

/** The default language's pages have no locale segment. */
export function generateStaticParams() {
  return loadGeodata().places.map((x) => ({ id: x.id }));
}
