import { SVG, type Renderer, type RendererOptions } from 'leaflet';

/**
 * Leaflet's SVG renderer, doing a jump's work once. A view set without animation (a selection
 * framed, Back, Forward) goes through `_resetView`, which fires `zoomend` and `moveend` before
 * `viewreset`. The stock renderer answers all three: it projects every path on `zoomend`,
 * clips and draws every path on `moveend`, then on `viewreset` draws them all again and
 * finally projects and draws each one once more. So a jump to another zoom projected each path
 * twice and drew it three times, in one task (measured in jump-svg.test.ts: 20 projections and
 * 30 drawings for the 10 provinces, against 10 and 10 here).
 *
 * Between `viewprereset` and `viewreset` this renderer only keeps its box up to date, and
 * leaves the paths to `viewreset`'s own pass, which projects and draws each path once. Animated
 * zooms and pans (no `viewprereset`) go through the stock code unchanged.
 *
 * It overrides Leaflet 1.9.4's internal `getEvents`, `_onZoomEnd`, `_updatePaths` and `_reset`
 * (the version is pinned; jump-svg.test.ts checks the paths drawn against the stock renderer).
 */
type Internals = {
  _inJump?: boolean;
  startJump(): void;
  _onZoomEnd(): void;
  _updatePaths(): void;
  _reset(): void;
  getEvents(): Record<string, () => void>;
};

const stock = SVG.prototype as unknown as Internals;

const JumpSVG = (
  SVG as unknown as { extend(props: object): new (o?: RendererOptions) => Renderer }
).extend({
  getEvents(this: Internals) {
    return { ...stock.getEvents.call(this), viewprereset: this.startJump };
  },
  startJump(this: Internals) {
    this._inJump = true;
  },
  _onZoomEnd(this: Internals) {
    if (!this._inJump) stock._onZoomEnd.call(this);
  },
  _updatePaths(this: Internals) {
    if (!this._inJump) stock._updatePaths.call(this);
  },
  _reset(this: Internals) {
    try {
      stock._reset.call(this);
    } finally {
      this._inJump = false;
    }
  },
});

/** An SVG renderer for the map's clickable shapes that projects and draws each once per jump. */
export function jumpSvg(options?: RendererOptions): Renderer {
  return new JumpSVG(options);
}
