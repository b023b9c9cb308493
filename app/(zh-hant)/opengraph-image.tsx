export { default, alt, size, contentType } from '../[locale]/opengraph-image';
// Segment config is read from each route file itself, so it is written out here too.
export const dynamic = 'force-static';
