'use client';

import { useQueryState } from 'nuqs';
import { viewStateParsers } from '@/lib/url/view-state';
import MapAttributionView from './MapAttributionView';

/** The map's credits, with OpenStreetMap's while its tile layer is on (`?layers=osm`). */
export default function MapAttribution() {
  const [layers] = useQueryState('layers', viewStateParsers.layers);
  return <MapAttributionView osm={layers.includes('osm')} />;
}
