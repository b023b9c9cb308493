'use client';

import { useAtlasUrl } from '@/components/AtlasUrl';
import MapAttributionView from './MapAttributionView';

/** The map's credits, with OpenStreetMap's while its tile layer is on (`?layers=osm`). */
export default function MapAttribution() {
  return <MapAttributionView osm={useAtlasUrl().layers.includes('osm')} />;
}
