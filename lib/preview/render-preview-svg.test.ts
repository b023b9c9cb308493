import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '@/lib/data/load-geodata';
import type { Geodata } from '@/lib/data/validate-geodata';
import { jurisdictionStyle, type PathStyle } from '@/lib/map/region-style';
import { PREVIEW_SIZE } from './preview-layout';
import { renderPreviewSvg } from './render-preview-svg';

const geodata = loadGeodata();

/** The attributes of the path drawn for a region, or undefined when it is not drawn. */
function regionPath(svg: string, id: string): Record<string, string> | undefined {
  const attrs = new RegExp(`<path data-id="${id}" ([^>]*) d=`).exec(svg)?.[1];
  return (
    attrs && Object.fromEntries([...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]))
  );
}

/** The SVG attributes a region drawn in `style` must have. */
function drawnIn(style: PathStyle): Record<string, string> {
  return {
    fill: style.fillColor,
    'fill-opacity': String(style.fillOpacity),
    stroke: style.color,
    'stroke-opacity': String(style.opacity),
    'stroke-width': String(style.weight),
  };
}

const SELECTED = jurisdictionStyle({ selected: true, related: false, hovered: false });
const RELATED = jurisdictionStyle({ selected: false, related: true, hovered: false });
const PLAIN = jurisdictionStyle({ selected: false, related: false, hovered: false });

/** The scale a place's marker is drawn at, or undefined when it is not drawn. */
function markerScale(svg: string, id: string): number | undefined {
  const m = new RegExp(`<g data-id="${id}" transform="[^"]*scale\\(([\\d.]+)\\)"`).exec(svg);
  return m ? Number(m[1]) : undefined;
}

describe('renderPreviewSvg', () => {
  it('is an SVG document of the preview size', () => {
    const svg = renderPreviewSvg(null, geodata);
    expect(
      svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"'),
    ).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('draws regions in the live map’s styles, the selected one strongest', () => {
    // What "strongest" means, so that the checks below cannot pass with three equal styles.
    expect(SELECTED.fillOpacity).toBeGreaterThan(RELATED.fillOpacity);
    expect(RELATED.fillOpacity).toBeGreaterThan(PLAIN.fillOpacity);
    expect(SELECTED.weight).toBeGreaterThan(PLAIN.weight);
    const svg = renderPreviewSvg({ kind: 'region', id: 'liaoning' }, geodata);
    expect(regionPath(svg, 'liaoning')).toMatchObject(drawnIn(SELECTED));
    expect(regionPath(svg, 'jilin')).toMatchObject(drawnIn(PLAIN));
    // Drawn last of the regions, so its outline is on top.
    expect(svg.lastIndexOf('<path data-id="liaoning"')).toBeGreaterThan(
      svg.lastIndexOf('<path data-id="jilin"'),
    );
  });

  it('for the Beijing office highlights all ten regions as related', () => {
    const svg = renderPreviewSvg({ kind: 'place', id: 'beijing-office' }, geodata);
    const drawn = geodata.regions.map((r) => regionPath(svg, r.id)).filter(Boolean);
    expect(drawn.length).toBeGreaterThan(0);
    for (const attrs of drawn) expect(attrs).toMatchObject(drawnIn(RELATED));
  });

  it('for a liaison unit highlights its province only, and draws its marker larger', () => {
    const svg = renderPreviewSvg({ kind: 'place', id: 'tianjin-liaison-unit' }, geodata);
    expect(regionPath(svg, 'tianjin')).toMatchObject(drawnIn(RELATED));
    expect(regionPath(svg, 'hebei')).toMatchObject(drawnIn(PLAIN));
    expect(markerScale(svg, 'tianjin-liaison-unit')).toBeGreaterThan(
      markerScale(svg, 'beijing-office')!,
    );
  });

  it('names the selection in the text band', () => {
    const svg = renderPreviewSvg({ kind: 'place', id: 'tianjin-liaison-unit' }, geodata);
    expect(svg).toContain('>Liaison unit</text>');
    expect(svg).toContain('>駐天津聯絡處</text>');
    expect(svg).toContain('>Tianjin Liaison Unit</text>');
    expect(svg).toContain('>BJO Atlas</text>');
    const region = renderPreviewSvg({ kind: 'region', id: 'liaoning' }, geodata);
    expect(region).toContain('>Province</text>');
    expect(region).toContain('>遼寧省</text>');
  });

  it('keeps path data to one decimal', () => {
    const svg = renderPreviewSvg({ kind: 'region', id: 'hebei' }, geodata);
    const numbers = [...svg.matchAll(/<path data-id="[^"]*" [^>]*d="([^"]*)"/g)].flatMap((m) =>
      m[1]!.match(/[\d.]+/g)!,
    );
    expect(numbers.length).toBeGreaterThan(100);
    for (const n of numbers) expect(n).toMatch(/^\d+(\.\d)?$/);
  });

  it('escapes names from the data, so the document stays well-formed', async () => {
    const hostile: Geodata = {
      ...geodata,
      places: geodata.places.map((p) =>
        p.id === 'tianjin-liaison-unit'
          ? { ...p, shortNames: { ...p.shortNames, en: `</text><script>alert("x")</script>&` } }
          : p,
      ),
    };
    const svg = renderPreviewSvg({ kind: 'place', id: 'tianjin-liaison-unit' }, hostile);
    expect(svg).not.toMatch(/<script|<\/text><script/);
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
    expect(svg).toContain('&quot;x&quot;)&lt;/script&gt;&amp;');
    // sharp (librsvg) rejects a document that is not well-formed XML.
    await expect(sharp(Buffer.from(svg)).png().toBuffer()).resolves.toBeInstanceOf(Buffer);
  });

  it('throws a clear Error for an unknown id', () => {
    expect(() => renderPreviewSvg({ kind: 'place', id: 'nowhere' }, geodata)).toThrow(
      'describePreview: unknown place id "nowhere" (known: beijing-office, former-beijing-office, liaoning-liaison-unit, tianjin-liaison-unit)',
    );
    expect(() => renderPreviewSvg({ kind: 'region', id: 'taiwan' }, geodata)).toThrow(
      /unknown region id "taiwan"/,
    );
  });

  it('renders with sharp to a 1200×630 PNG, every page alike', async () => {
    const selections = [
      null,
      ...geodata.places.map((p) => ({ kind: 'place' as const, id: p.id })),
      ...geodata.regions.map((r) => ({ kind: 'region' as const, id: r.id })),
    ];
    for (const selection of selections) {
      const png = await sharp(Buffer.from(renderPreviewSvg(selection, geodata)))
        .png()
        .toBuffer();
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([
        'png',
        PREVIEW_SIZE.width,
        PREVIEW_SIZE.height,
      ]);
    }
  }, 30_000);
});
