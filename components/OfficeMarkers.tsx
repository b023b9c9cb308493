'use client';

import { useMemo } from 'react';
import { Circle, Marker } from 'react-leaflet';
import { divIcon } from 'leaflet';
import type { MapPlace } from '@/lib/map/map-data';
import type { Selection } from '@/lib/url/selection';
import { markerHtml } from '@/lib/map/marker-html';

type Props = {
  places: MapPlace[];
  selection: Selection | null;
  relatedPlaceIds: string[];
  onSelectPlace: (id: string) => void;
};

/** One focusable marker per office, drawn with our own SVG (Leaflet's default icon breaks under bundlers). */
export default function OfficeMarkers({
  places,
  selection,
  relatedPlaceIds,
  onSelectPlace,
}: Props) {
  const selectedId = selection?.kind === 'place' ? selection.id : null;
  const icons = useMemo(
    () =>
      new Map(
        places.map((p) => {
          const selected = p.id === selectedId;
          const related = relatedPlaceIds.includes(p.id);
          const className = `office-marker role-${p.role}${selected ? ' is-selected' : ''}${related ? ' is-related' : ''}`;
          return [
            p.id,
            divIcon({
              className,
              html: markerHtml(p.role, p.name, selected),
              iconSize: [28, 28],
              iconAnchor: [14, 14],
            }),
          ];
        }),
      ),
    [places, selectedId, relatedPlaceIds],
  );
  const selectedPlace = places.find((p) => p.id === selectedId);

  return (
    <>
      {selectedPlace && (
        <Circle
          center={[selectedPlace.position[1], selectedPlace.position[0]]}
          radius={selectedPlace.uncertaintyM}
          pathOptions={{
            color: '#b3261e',
            weight: 1.5,
            dashArray: '4 3',
            fillOpacity: 0.12,
          }}
          className="uncertainty"
          interactive={false}
        />
      )}
      {places.map((p) => (
        <Marker
          key={p.id}
          position={[p.position[1], p.position[0]]}
          icon={icons.get(p.id)!}
          title={p.name}
          keyboard
          riseOnHover
          zIndexOffset={p.id === selectedId ? 1000 : p.role === 'former-office' ? -100 : 0}
          eventHandlers={{
            click: () => onSelectPlace(p.id),
            // Leaflet makes the marker a focusable button but only opens popups on Enter.
            keydown: (e) => {
              const key = (e.originalEvent as KeyboardEvent).key;
              if (key !== 'Enter' && key !== ' ') return;
              e.originalEvent.preventDefault();
              onSelectPlace(p.id);
            },
          }}
        />
      ))}
    </>
  );
}
