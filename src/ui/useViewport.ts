// The viewport as layout needs it: whether a media query matches (the side
// panel is a column only on wide screens) and the window's height (the key
// events' summary takes the rows that fit in it), kept current on resize.
import { useCallback, useSyncExternalStore } from 'react';
import { FIRST_VIEW, matchesFirstViewport } from './firstViewport';

function subscribeResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  // On the server (the first view built into the page), the answer at the viewport that view is drawn for.
  return useSyncExternalStore(subscribe, () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches, () => matchesFirstViewport(query));
}

export function useWindowHeight(): number {
  return useSyncExternalStore(subscribeResize, () => window.innerHeight, () => FIRST_VIEW.viewportHeight);
}
