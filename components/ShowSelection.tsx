'use client';

import { useEffect, useRef } from 'react';
import { useAtlasUrl } from './AtlasUrl';

/**
 * After a selection (on the map, in the list, from a link in the text) the panel's header (its
 * kind, the close link and the name) comes into view: at the top of the panel on a desktop; on a
 * phone just below the map, which stays on screen (the `scroll-margin-top` in globals.css), so
 * the map and the details show together. Without a selection, the article's title does.
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
      const target = selection ? '.panel-header' : '#article-title';
      document.querySelector(target)?.scrollIntoView({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [selection]);
  return null;
}
