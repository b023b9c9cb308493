'use client';

import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False in the static HTML and during hydration, true once React runs in the browser: controls
 * that only work with JavaScript render disabled until then, so the page without JavaScript
 * offers nothing that does nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
