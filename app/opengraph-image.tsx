import sharp from 'sharp';
import { loadGeodata } from '@/lib/data/load-geodata';
import { PREVIEW_SIZE } from '@/lib/preview/preview-layout';
import { renderPreviewSvg } from '@/lib/preview/render-preview-svg';

export const alt =
  'Map of the ten provinces covered by the Hong Kong SAR Government’s Beijing Office, with its offices marked';
export const size = PREVIEW_SIZE;
export const contentType = 'image/png';
// Rendered at build time, also for `npm run build:static` (output: 'export').
export const dynamic = 'force-static';

/** The home page's link preview, rendered once at build time. */
export default async function Image() {
  const svg = renderPreviewSvg(null, loadGeodata());
  const png = await sharp(Buffer.from(svg)).png({ palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': contentType } });
}
