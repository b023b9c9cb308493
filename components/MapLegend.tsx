import { Suspense } from 'react';
import { legendSvg } from '@/lib/view/marker-html';
import { COLORS } from '@/lib/view/region-style';
import LayerToggle from './LayerToggle';
import TimelineSlider from './TimelineSlider';
import TimelineSliderView from './TimelineSliderView';
import type { KeyDate } from '@/lib/view/key-dates';

/** What the colours and symbols on the map mean, and the optional tile layer. */
type Props = { keyDates: KeyDate[] };

export default function MapLegend({ keyDates }: Props) {
  return (
    <div className="map-legend" aria-label="Legend" role="group">
      <ul>
        <li>
          <span
            className="swatch"
            style={{ background: COLORS.jurisdiction, opacity: 0.55 }}
            aria-hidden="true"
          />
          Province covered by the office
        </li>
        <li>
          <span
            className="swatch"
            style={{ background: COLORS.china, borderColor: COLORS.chinaLine }}
            aria-hidden="true"
          />
          Other province of China
        </li>
        <li>
          <span dangerouslySetInnerHTML={{ __html: legendSvg('office') }} /> Office (since 2005)
        </li>
        <li>
          <span dangerouslySetInnerHTML={{ __html: legendSvg('former-office') }} /> Former office
          (1999–2005)
        </li>
        <li>
          <span dangerouslySetInnerHTML={{ __html: legendSvg('liaison-unit') }} /> Liaison unit
        </li>
      </ul>
      <Suspense
        fallback={
          <>
            <label className="layer-toggle">
              <input type="checkbox" disabled /> OpenStreetMap tiles
            </label>
            <TimelineSliderView date={null} keyDates={keyDates} />
          </>
        }
      >
        <LayerToggle />
        <TimelineSlider keyDates={keyDates} />
      </Suspense>
    </div>
  );
}
