'use client';

import { useEffect, useRef } from 'react';
import { useAtlasUrl } from './AtlasUrl';

/**
 * After a selection (on the map, in the list, from a link in the text) its heading comes into
 * view: at the top of the panel on a desktop; on a phone just below the map, which stays on
 * screen (the headings' `scroll-margin-top`), so the map and the details show together.
 */
export default function ShowSelection() {
  const { selection } = useAtlasUrl();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const id = selection ? 'panel-title' : 'article-title';
      document.getElementById(id)?.scrollIntoView({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [selection]);
  return null;
}
