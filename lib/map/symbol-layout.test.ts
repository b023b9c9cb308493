import { describe, expect, it } from 'vitest';
import { loadAtlas } from '@/lib/atlas/load-atlas';
import { overlaps } from './box-index';
import { mercatorX, mercatorY } from '@/lib/preview/project-mercator';
import { labelSize, layoutSymbols, type MeasureText } from './symbol-layout';
import { MARKER_SIZE } from './symbol-sizes';

const { mapData } = loadAtlas();
/** Every character one em: close to the CJK names these are. */
const measure: MeasureText = (text, _weight, px) => [...text].length * px;

function boxesAt(zoom: number) {
  // Leaflet's pixels at `zoom` (Web Mercator, 256 px world at zoom 0; any origin will do).
  const scale = (256 * 2 ** zoom) / (2 * Math.PI);
  const project = ([lng, lat]: [number, number]) => ({
    x: mercatorX(lng) * scale,
    y: -mercatorY(lat) * scale,
  });
  const layout = layoutSymbols({
    zoom,
    project,
    measure,
    places: mapData.places,
    regions: mapData.regions,
    cities: [],
    locale: 'zh-Hant',
  });
  const markers = mapData.places.map((p) => {
    const at = project(p.position);
    const o = layout.markers.get(p.id)!;
    return { id: p.id, x: at.x + o.dx, y: at.y + o.dy, w: MARKER_SIZE, h: MARKER_SIZE };
  });
  const labels = mapData.regions.flatMap((r) => {
    const spot = layout.labels.get(r.id);
    if (!spot) return [];
    const at = project(r.labelPoint);
    return [{ id: r.id, x: at.x + spot.dx, y: at.y + spot.dy, ...labelSize(r.name) }];
  });
  return { markers, labels };
}

describe('layoutSymbols', () => {
  for (const zoom of [3, 4, 5, 8]) {
    it(`at zoom ${zoom} no office covers another, and no name covers an office or a name`, () => {
      const { markers, labels } = boxesAt(zoom);
      const all = [...markers, ...labels];
      for (const [i, a] of all.entries())
        for (const b of all.slice(i + 1))
          expect(overlaps(a, b, 0), `${a.id} / ${b.id}`).toBe(false);
    });
  }

  it('names every province at the default zooms', () => {
    for (const zoom of [3, 4, 5]) expect(boxesAt(zoom).labels).toHaveLength(10);
  });
});
