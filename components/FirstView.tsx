import type { Locale } from '@/lib/i18n/locales';
import { loadTopology } from '@/lib/data/load-geodata';
import { contextStyle, jurisdictionStyle, type PathStyle } from '@/lib/map/region-style';
import {
  firstViewCss,
  firstViewShapes,
  firstViewSvg,
  fitZoomSteps,
  worldPoint,
  worldRect,
} from '@/lib/map/first-view';
import { basemapFrame, northChinaBounds } from '@/lib/map/initial-view';
import type { MapPlace, MapRegion } from '@/lib/map/map-data';
import { labelHtml, leaderSvg, markerHtml } from '@/lib/map/marker-html';
import { labelSize, layoutSymbols, MARKER_SIZE, type MeasureText } from '@/lib/map/symbol-layout';
import { MIN_ZOOM } from '@/lib/url/view-state';
import { selectionPath } from '@/lib/url/selection';

type Props = { locale: Locale; places: MapPlace[]; regions: MapRegion[] };

/** The largest zoom a first view is drawn for: a larger box (2,700 × 1,240 px) shows none. */
const LAST_ZOOM = 5;

const fill = (s: PathStyle, translucent: boolean) => ({
  fill: s.fillColor,
  stroke: s.color,
  strokeWidth: s.weight,
  ...(translucent && { fillOpacity: s.fillOpacity, strokeOpacity: s.opacity }),
});

/**
 * The basemap under the symbols, drawn from the live map's topology (data/geo.topo.json) and
 * styles. Inline: it paints with the page, with no request of its own.
 */
function basemapSvg(): string {
  return firstViewSvg(firstViewShapes(loadTopology(), basemapFrame), {
    countries: fill(contextStyle('countries'), false),
    china: fill(contextStyle('china'), false),
    regions: fill(jurisdictionStyle({ selected: false, related: false, hovered: false }), true),
  });
}

let svg: string | null = null;

/** No city is drawn in the first view (they show from zoom 5 on, once their list is fetched). */
const measure: MeasureText = () => 0;

const pct = (share: number) => `${(share * 100).toFixed(5)}%`;

/**
 * The map as it first appears, drawn by the server: the basemap, the province names and the
 * offices, in the frame Leaflet will fit (see lib/map/first-view.ts), at every zoom the box's
 * size can give. Markers and names are links (a click selects, as on the live map; without
 * scripts they navigate). Shown on the home page until Leaflet has drawn its map (globals.css).
 */
export default function FirstView({ locale, places, regions }: Props) {
  const steps = fitZoomSteps(northChinaBounds, MIN_ZOOM, LAST_ZOOM + 1);
  const css = firstViewCss({
    container: 'first-view',
    world: 'fv-world',
    bounds: northChinaBounds,
    frame: basemapFrame,
    minZoom: MIN_ZOOM,
    steps,
    lastZoom: LAST_ZOOM,
  });
  const f = worldRect(basemapFrame);
  // Past LAST_ZOOM the frame is hidden: its step is only there to hide it.
  const zooms = [MIN_ZOOM, ...steps.map((s) => s.zoom).filter((z) => z <= LAST_ZOOM)];
  return (
    <div className="first-view">
      <style>{css}</style>
      <div className="fv-frame">
        <div className="fv-world">
          <div
            className="fv-basemap"
            style={{
              left: pct(f.x0),
              top: pct(f.y0),
              width: pct(f.x1 - f.x0),
              height: pct(f.y1 - f.y0),
            }}
            dangerouslySetInnerHTML={{ __html: (svg ??= basemapSvg()) }}
          />
          {zooms.map((zoom) => {
            const ws = 256 * 2 ** zoom;
            const layout = layoutSymbols({
              zoom,
              project: (p) => {
                const w = worldPoint(p);
                return { x: w.x * ws, y: w.y * ws };
              },
              measure,
              places,
              regions,
              cities: [],
              locale,
            });
            // Leaflet stacks markers by their y on screen, names 1,000 below the offices.
            const z = (p: [number, number], offset: number) =>
              Math.round(worldPoint(p).y * ws) - Math.round(f.y0 * ws) + offset + 1000;
            return (
              <div key={zoom} className={`fv-layer fv-z${zoom}`}>
                {regions.map((r) => {
                  const spot = layout.labels.get(r.id);
                  if (!spot) return null;
                  const { w, h } = labelSize(r.name);
                  const at = worldPoint(r.labelPoint);
                  return (
                    <a
                      key={r.id}
                      className="fv-label"
                      href={selectionPath({ kind: 'region', id: r.id }, false, locale)}
                      data-select={`region:${r.id}`}
                      tabIndex={-1}
                      style={{
                        left: `calc(${pct(at.x)} + ${spot.dx - w / 2}px)`,
                        top: `calc(${pct(at.y)} + ${spot.dy - h / 2}px)`,
                        width: w,
                        height: h,
                        zIndex: z(r.labelPoint, -1000),
                      }}
                      dangerouslySetInnerHTML={{
                        __html:
                          (spot.leader ? leaderSvg(-spot.dx, -spot.dy) : '') +
                          labelHtml(r.name, r.id),
                      }}
                    />
                  );
                })}
                {places.map((p) => {
                  const o = layout.markers.get(p.id) ?? { dx: 0, dy: 0 };
                  const at = worldPoint(p.position);
                  const moved = o.dx !== 0 || o.dy !== 0;
                  return (
                    <a
                      key={p.id}
                      className={`fv-marker role-${p.role}`}
                      href={selectionPath({ kind: 'place', id: p.id }, false, locale)}
                      data-select={`place:${p.id}`}
                      title={p.name}
                      style={{
                        left: `calc(${pct(at.x)} + ${o.dx - MARKER_SIZE / 2}px)`,
                        top: `calc(${pct(at.y)} + ${o.dy - MARKER_SIZE / 2}px)`,
                        zIndex: z(p.position, 0),
                      }}
                      dangerouslySetInnerHTML={{
                        __html:
                          (moved ? leaderSvg(-o.dx, -o.dy) : '') +
                          markerHtml(p.role, p.name, false),
                      }}
                    />
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
