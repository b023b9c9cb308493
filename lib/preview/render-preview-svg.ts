import { bbox } from '@turf/turf';
import type { Geodata } from '@/lib/data/validate-geodata';
import { regionFeatures } from '@/lib/geo/region-features';
import type { AreaFeatureCollection, Position } from '@/lib/geo/types';
import { findRelated } from '@/lib/atlas/find-related';
import { legendSvg } from '@/lib/map/marker-html';
import { contextStyle, jurisdictionStyle, type PathStyle } from '@/lib/map/region-style';
import { escapeMarkup } from '@/lib/text/escape';
import type { Selection } from '@/lib/url/selection';
import { describePreview } from './describe-preview';
import { findPreviewBounds } from './find-preview-bounds';
import {
  FONT_FAMILY,
  MAP_CLIP,
  MAP_FRAME,
  MAP_PADDING,
  PALETTE,
  PREVIEW_SIZE,
} from './preview-layout';
import { projectMercator, type Point } from './project-mercator';
import { renderTextBand } from './render-text-band';
import { toSvgPath } from './to-svg-path';
import { estimateWidthEm } from './wrap-text';

type Project = (position: Position) => Point;

/** A marker's drawing is 20 px (legendSvg); it is scaled to these sizes, px. */
const MARKER_PX = { normal: 26, selected: 44 };
const LABEL_PX = 20;
const ROLE_LAYER: Record<Geodata['places'][number]['role'], number> = {
  'former-office': 0,
  'liaison-unit': 1,
  office: 2,
};

function styleAttrs(s: PathStyle): string {
  return `fill="${s.fillColor}" fill-opacity="${s.fillOpacity}" stroke="${s.color}" stroke-opacity="${s.opacity}" stroke-width="${s.weight}"`;
}

function paths(collection: AreaFeatureCollection, project: Project, attrs: (id: string) => string) {
  return collection.features
    .map((f) => {
      const d = toSvgPath(f.geometry, project, MAP_CLIP);
      const id = escapeMarkup(f.properties.id);
      const style = attrs(f.properties.id);
      return d ? `<path data-id="${id}"${style && ` ${style}`} d="${d}"/>` : '';
    })
    .join('');
}

function isInMap([x, y]: Point, margin: number): boolean {
  const { x: left, y: top, width, height } = MAP_FRAME;
  return (
    x >= left + margin &&
    x <= left + width - margin &&
    y >= top + margin &&
    y <= top + height - margin
  );
}

/**
 * A link preview of the atlas as an SVG document, `PREVIEW_SIZE` px: the basemap in Web
 * Mercator framed on the selection (see `findPreviewBounds`), the jurisdiction drawn as
 * on the live map with the selection and what it relates to highlighted (`findRelated`,
 * `jurisdictionStyle`), the office markers with the selected one larger, and a text band
 * on the left naming the selection (`describePreview`). Pure: the same input gives the same
 * string. All text from the data is XML-escaped. Fonts are named, not embedded: the
 * renderer must have a CJK font (see `FONT_FAMILY`).
 * @param selection a place or region, or `null` for the home page
 * @throws Error for an unknown id, naming it and the known ones
 */
export function renderPreviewSvg(selection: Selection | null, geodata: Geodata): string {
  const text = describePreview(selection, geodata);
  const bounds = findPreviewBounds(selection, geodata, MAP_FRAME.width / MAP_FRAME.height);
  const project = projectMercator(bounds, MAP_FRAME, MAP_PADDING);
  const { places, regions, topology } = geodata;
  const related = findRelated(selection, places, regions);
  const selectedRegion = selection?.kind === 'region' ? selection.id : null;
  const selectedPlace = selection?.kind === 'place' ? selection.id : null;

  const regionShapes = regionFeatures(topology, 'regions');
  const rank = (id: string) => (id === selectedRegion ? 2 : related.regionIds.includes(id) ? 1 : 0);
  regionShapes.features.sort((a, b) => rank(a.properties.id) - rank(b.properties.id));
  const regionStyle = (id: string) =>
    styleAttrs(
      jurisdictionStyle({
        selected: id === selectedRegion,
        related: related.regionIds.includes(id),
        hovered: false,
      }),
    );

  // Drawn bottom to top: the former office under the office it is 4 km from, the selection last.
  const layer = (p: Geodata['places'][number]) => (p.id === selectedPlace ? 3 : ROLE_LAYER[p.role]);
  const markers = places
    .map((p) => {
      const px = p.id === selectedPlace ? MARKER_PX.selected : MARKER_PX.normal;
      return { place: p, point: project(p.position), px };
    })
    .filter((m) => isInMap(m.point, 0))
    .sort((a, b) => layer(a.place) - layer(b.place));

  const labels = regions
    .map((r) => {
      const name = r.names['zh-Hant'];
      const shape = regionShapes.features.find((f) => f.properties.id === r.id);
      let [x, y] = project(r.labelPoint);
      if (!shape || !isInMap([x, y], 40)) return '';
      // A label only where its region is wide enough on the image to hold it.
      const [west, south, east] = bbox(shape);
      const shapeWidth = project([east, south])[0] - project([west, south])[0];
      if (shapeWidth < estimateWidthEm(name) * LABEL_PX + 24) return '';
      // Under a marker it would be hidden: move it below.
      const under = markers.find(
        (m) => Math.hypot(m.point[0] - x, m.point[1] - y) < m.px / 2 + LABEL_PX,
      );
      if (under) [x, y] = [under.point[0], under.point[1] + under.px / 2 + LABEL_PX * 0.7];
      return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}">${escapeMarkup(name)}</text>`;
    })
    .join('');

  const markerSvg = markers
    .map(({ place, point, px }) => {
      const [x, y] = [point[0] - px / 2, point[1] - px / 2].map((v) => v.toFixed(1));
      return `<g data-id="${escapeMarkup(place.id)}" transform="translate(${x} ${y}) scale(${px / 20})">${legendSvg(place.role)}</g>`;
    })
    .join('');

  const { width, height } = PREVIEW_SIZE;
  const country = contextStyle('countries');
  const china = contextStyle('china');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${PALETTE.sea}"/>`,
    `<g fill-rule="evenodd" stroke-linejoin="round">`,
    `<g ${styleAttrs(country)}>${paths(regionFeatures(topology, 'countries'), project, () => '')}</g>`,
    `<g ${styleAttrs(china)}>${paths(regionFeatures(topology, 'china'), project, () => '')}</g>`,
    `<g>${paths(regionShapes, project, regionStyle)}</g>`,
    '</g>',
    `<g font-family="${FONT_FAMILY}" font-size="${LABEL_PX}" font-weight="700" fill="${PALETTE.label}" text-anchor="middle" dominant-baseline="central" stroke="#fff" stroke-width="4" stroke-linejoin="round" paint-order="stroke" xml:lang="zh-Hant">${labels}</g>`,
    markerSvg,
    renderTextBand(text),
    '</svg>',
  ].join('');
}
