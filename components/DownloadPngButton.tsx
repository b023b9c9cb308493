'use client';

import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { DomEvent } from 'leaflet';
import { useTranslations } from 'next-intl';

/** Saves what the map shows now (boundaries, markers, labels, attribution) as a PNG file. */
export default function DownloadPngButton() {
  const t = useTranslations('Map');
  const map = useMap();
  const ref = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);

  useEffect(function keepClicksOffTheMap() {
    if (ref.current) DomEvent.disableClickPropagation(ref.current);
  }, []);

  async function download() {
    setBusy(true);
    try {
      const blob = await drawMap(map.getContainer());
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `bjo-atlas-${window.location.pathname.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'map'}.png`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button ref={ref} type="button" className="map-download" onClick={download} disabled={busy}>
      {busy ? t('saving') : t('download')}
    </button>
  );
}

function loadImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('could not draw a map layer'));
    img.src = src;
  });
}

/** Draws the map's own SVG layers onto a canvas (tiles from other hosts are left out). */
async function drawMap(container: HTMLElement): Promise<Blob> {
  const box = container.getBoundingClientRect();
  const scale = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * scale);
  canvas.height = Math.round(box.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = getComputedStyle(container).backgroundColor || '#d6e6ee';
  ctx.fillRect(0, 0, box.width, box.height);
  const svgs = container.querySelectorAll<SVGSVGElement>(
    '.leaflet-overlay-pane svg, .leaflet-marker-icon svg',
  );
  for (const svg of svgs) {
    const r = svg.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    ctx.drawImage(
      await loadImage(svg, r.width, r.height),
      r.left - box.left,
      r.top - box.top,
      r.width,
      r.height,
    );
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = '600 13px sans-serif';
  for (const label of container.querySelectorAll<HTMLElement>('.region-label span')) {
    const r = label.getBoundingClientRect();
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#fff';
    ctx.fillStyle = '#5a1610';
    const [x, y] = [r.left - box.left + r.width / 2, r.top - box.top + r.height / 2];
    ctx.strokeText(label.textContent ?? '', x, y);
    ctx.fillText(label.textContent ?? '', x, y);
  }
  const credit =
    container.closest('.map-canvas')?.querySelector('.map-attribution')?.textContent ?? '';
  ctx.font = '11px sans-serif';
  ctx.textAlign = 'right';
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  const w = ctx.measureText(credit).width + 8;
  ctx.fillRect(box.width - w, box.height - 16, w, 16);
  ctx.fillStyle = '#333';
  ctx.fillText(credit, box.width - 4, box.height - 8);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
