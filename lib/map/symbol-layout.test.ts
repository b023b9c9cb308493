import { describe, expect, it } from 'vitest';
import { loadAtlas } from '@/lib/atlas/load-atlas';
import { overlaps } from './box-index';
import { mercatorX, mercatorY } from '@/lib/preview/project-mercator';
import { labelSize, layoutSymbols, panToShowMarkers, type MeasureText } from './symbol-layout';
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

describe('panToShowMarkers', () => {
  // A phone's map, 390 × 388 px, framed on the Tianjin unit; the two Beijing offices 9 px apart
  // near its top edge, so their markers fan out, one of them upwards.
  const points = [
    { id: 'tianjin', x: 195, y: 194 },
    { id: 'office', x: 47, y: 16 },
    { id: 'former', x: 54, y: 22 },
  ];

  it('brings a marker cut where it is drawn (fanned out) into view, though its position is inside', () => {
    const pan = panToShowMarkers(points, 'tianjin', 390, 388);
    expect(pan.dy).toBeLessThan(0);
    const panned = points.map((p) => ({ id: p.id, x: p.x - pan.dx, y: p.y - pan.dy }));
    // Nothing is cut any more, and the selection is still inside.
    const again = panToShowMarkers(panned, 'tianjin', 390, 388);
    expect(again.dx).toBeCloseTo(0, 9);
    expect(again.dy).toBeCloseTo(0, 9);
    expect(panned[0]!.y).toBeLessThan(388 - MARKER_SIZE / 2);
  });

  it('leaves a view alone where every marker is inside, and one without the office', () => {
    const inside = points.map((p) => ({ ...p, y: p.y + 100 }));
    expect(panToShowMarkers(inside, 'tianjin', 390, 388)).toEqual({ dx: 0, dy: 0 });
    expect(panToShowMarkers(points, 'elsewhere', 390, 388)).toEqual({ dx: 0, dy: 0 });
  });
});
