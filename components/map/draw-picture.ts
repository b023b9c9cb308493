import { toCanvas } from 'html-to-image';
import { pngLayout } from '@/lib/map/png-layout';
import { PALETTE } from '@/lib/preview/preview-layout';
import { pageFontFamily } from './page-font';

// The map as a picture: html-to-image draws the live DOM, and the title band, legend, scale,
// date and credits are drawn on a canvas around it, in the social previews' palette. Loaded
// when a picture is asked for.

/** Left out of the picture: the map's buttons, notices and the panes' own controls. */
const NOT_DRAWN = ['leaflet-control-container', 'map-tools', 'map-download', 'map-notice'];

/**
 * The PNG of the map in `container`, with `date` (already in the page's language) in its title
 * band when the timeline has one.
 */
export async function drawPicture(container: HTMLElement, date: string | null): Promise<Blob> {
  const font = pageFontFamily();
  const ratio = window.devicePixelRatio || 1;
  const region = container.closest('.map-region') ?? document;
  const legend = region.querySelector<HTMLElement>('.map-legend ul');
  const scale = container.querySelector<HTMLElement>('.leaflet-control-scale');
  const options = { pixelRatio: ratio, cacheBust: false, skipFonts: true };
  const [mapImage, legendImage, scaleImage] = await Promise.all([
    toCanvas(container, {
      ...options,
      backgroundColor: getComputedStyle(container).backgroundColor,
      filter: (node) =>
        !(node instanceof HTMLElement && NOT_DRAWN.some((c) => node.classList.contains(c))),
    }),
    legend ? toCanvas(legend, { ...options, backgroundColor: '#ffffff' }) : null,
    scale ? toCanvas(scale, { ...options, style: { margin: '0' } }) : null,
  ]);
  const title = document.querySelector('main h1')?.textContent?.trim() ?? 'BJO Atlas';
  const credits = region.querySelector('.map-attribution')?.textContent?.trim() ?? '';

  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  ctx.font = `11px ${font}`;
  const size = (c: HTMLCanvasElement | null) =>
    c ? { width: c.width / ratio, height: c.height / ratio } : null;
  const layout = pngLayout(
    size(mapImage)!,
    size(legendImage) ?? { width: 0, height: 0 },
    size(scaleImage),
    credits,
    date !== null,
    (s) => ctx.measureText(s).width,
  );
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);

  ctx.fillStyle = PALETTE.ink;
  ctx.textBaseline = 'middle';
  ctx.font = `700 19px ${font}`;
  ctx.fillText(title, layout.title.x, layout.title.y, layout.title.maxWidth);
  if (date && layout.date) {
    ctx.font = `600 15px ${font}`;
    ctx.textAlign = 'right';
    ctx.fillStyle = PALETTE.accent;
    ctx.fillText(date, layout.date.x, layout.date.y);
    ctx.textAlign = 'left';
  }
  const draw = (
    image: HTMLCanvasElement | null,
    r: { x: number; y: number; width: number; height: number } | null,
  ) => {
    if (image && r) ctx.drawImage(image, r.x, r.y, r.width, r.height);
  };
  draw(mapImage, layout.map);
  ctx.strokeStyle = PALETTE.bandLine;
  ctx.strokeRect(0.5, layout.map.y + 0.5, layout.map.width - 1, layout.map.height - 1);
  draw(legendImage, layout.legend);
  draw(scaleImage, layout.scale);
  ctx.font = `11px ${font}`;
  ctx.fillStyle = PALETTE.inkMuted;
  layout.credits.lines.forEach((line, i) =>
    ctx.fillText(line, layout.credits.x, layout.credits.y + i * 15),
  );
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
