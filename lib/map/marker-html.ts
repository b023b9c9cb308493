import { NETWORK_COLORS } from './region-style';
import { escapeMarkup } from '@/lib/text/escape';
import type { PlaceRole } from './map-data';
import { MARKER_SIZE } from './symbol-sizes';

const SHAPES: Record<PlaceRole, string> = {
  office:
    '<circle cx="14" cy="14" r="11" fill="#b3261e" stroke="#fff" stroke-width="2.5"/>' +
    '<path d="M14 7.5l1.9 4.1 4.5.5-3.4 3 1 4.4-4-2.3-4 2.3 1-4.4-3.4-3 4.5-.5z" fill="#fff"/>',
  'former-office':
    '<circle cx="14" cy="14" r="9.5" fill="#7a7a7a" stroke="#fff" stroke-width="2.5"/>' +
    '<path d="M14 8.6l1.5 3.3 3.6.4-2.7 2.4.8 3.5-3.2-1.8-3.2 1.8.8-3.5-2.7-2.4 3.6-.4z" fill="#fff"/>',
  'liaison-unit':
    '<rect x="6" y="6" width="16" height="16" rx="2" transform="rotate(45 14 14)" fill="#1f5f99" stroke="#fff" stroke-width="2.5"/>',
};

/**
 * The inside of a place's map marker: an SVG symbol for its role and its name for screen
 * readers. The marker element itself (role=button, focusable) is Leaflet's.
 */
export function markerHtml(role: PlaceRole, name: string, selected: boolean): string {
  const svg = `<svg aria-hidden="true" focusable="false" width="${MARKER_SIZE}" height="${MARKER_SIZE}" viewBox="0 0 28 28">${SHAPES[role]}</svg>`;
  return `<span class="marker-symbol${selected ? ' is-selected' : ''}">${svg}</span><span class="sr-only">${escapeMarkup(name)}</span>`;
}

/** The legend's symbol for a role, same drawing as the marker. */
export function legendSvg(role: PlaceRole): string {
  return `<svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 28 28">${SHAPES[role]}</svg>`;
}

/**
 * A leader line from the centre of a moved symbol or label back to where the thing really is,
 * `dx`, `dy` px away, with a dot there. Drawn under the symbol; never a click target.
 */
export function leaderSvg(dx: number, dy: number): string {
  const x = dx.toFixed(1);
  const y = dy.toFixed(1);
  return `<svg class="leader" aria-hidden="true" focusable="false" width="1" height="1"><line x1="0" y1="0" x2="${x}" y2="${y}"/><circle cx="${x}" cy="${y}" r="2.5"/></svg>`;
}

/** A province's name on the map: real text, in the page's language. */
export function labelHtml(name: string, id: string): string {
  return `<span class="region-label-text" data-region="${escapeMarkup(id)}">${escapeMarkup(name)}</span>`;
}

/**
 * A city on the map: a dot where it is and its name beside it (real text, in the page's
 * language, so the browser's find and screen readers have it). `dx`, `dy`: the name's centre
 * from the dot, in pixels; the icon's box is the name's, the dot drawn outside it.
 */
export function cityHtml(
  name: string,
  lang: string,
  dx: number,
  dy: number,
  selected: boolean,
  dot = true,
): string {
  const text = `<span class="city-label-text" lang="${escapeMarkup(lang)}">${escapeMarkup(name)}</span>`;
  if (!dot) return text;
  const at = `left:calc(50% - ${dx.toFixed(1)}px);top:calc(50% - ${dy.toFixed(1)}px)`;
  return `<span class="city-dot${selected ? ' is-selected' : ''}" style="${at}" aria-hidden="true"></span>${text}`;
}

/** A symbol of the other Mainland offices: a small square (an office) or dot (a liaison unit). */
export const NETWORK_MARKER_SIZE = 14;

/** The small symbol of one of the other Mainland offices or units, in its office's hue. */
export function networkMarkerHtml(
  role: 'office' | 'liaison-unit',
  hue: string,
  name: string,
  selected: boolean,
): string {
  const n = NETWORK_MARKER_SIZE;
  const stroke = selected ? '#1f1f1f' : '#4a4a4a';
  const width = selected ? 2.5 : 1.2;
  const shape =
    role === 'office'
      ? `<rect x="2" y="2" width="${n - 4}" height="${n - 4}" fill="${hue}" stroke="${stroke}" stroke-width="${width}"/>`
      : `<circle cx="${n / 2}" cy="${n / 2}" r="${n / 2 - 3}" fill="${hue}" stroke="${stroke}" stroke-width="${width}"/>`;
  return `<svg aria-hidden="true" focusable="false" width="${n}" height="${n}">${shape}</svg><span class="sr-only">${escapeMarkup(name)}</span>`;
}

/** The legend's mark for the other offices: a small square in each office's hue. */
export function networkLegendHtml(): string {
  const hues = Object.entries(NETWORK_COLORS)
    .filter(([id]) => id !== 'beijing-office')
    .map(([, hue]) => hue);
  const squares = hues
    .map(
      (hue, i) =>
        `<rect x="${1 + i * 8}" y="3" width="7" height="8" fill="${hue}" stroke="#4a4a4a" stroke-width="0.8"/>`,
    )
    .join('');
  return `<svg aria-hidden="true" focusable="false" width="${2 + hues.length * 8}" height="14">${squares}</svg>`;
}
