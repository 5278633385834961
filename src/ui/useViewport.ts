// The viewport as layout needs it: whether a media query matches (the side
// panel is a column only on wide screens) and the window's height (the key
// events' summary takes the rows that fit in it), kept current on resize.
import { useCallback, useSyncExternalStore } from 'react';

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
  return useSyncExternalStore(subscribe, () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches, () => false);
}

export function useWindowHeight(): number {
  return useSyncExternalStore(subscribeResize, () => window.innerHeight, () => 800);
}
