import sharp from 'sharp';
import { loadGeodata } from '@/lib/data/load-geodata';
import type { Selection } from '@/lib/url/selection';
import { renderPreviewSvg } from './render-preview-svg';

/**
 * The link-preview image of a selection (null: the whole jurisdiction) as a PNG response,
 * 1200×630, palette-compressed. Server-only (sharp). Throws on an unknown id.
 */
export async function renderPreviewPng(selection: Selection | null): Promise<Response> {
  const svg = renderPreviewSvg(selection, loadGeodata());
  const png = await sharp(Buffer.from(svg)).png({ palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
