'use client';

import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** The printed map box differs from the screen's: Leaflet must measure it again, before and after. */
export default function PrintResize() {
  const map = useMap();
  useEffect(
    function resizeForPrint() {
      const resize = () => map.invalidateSize({ pan: false });
      window.addEventListener('beforeprint', resize);
      window.addEventListener('afterprint', resize);
      return function stopResizing() {
        window.removeEventListener('beforeprint', resize);
        window.removeEventListener('afterprint', resize);
      };
    },
    [map],
  );
  return null;
}
