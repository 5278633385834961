// A wheel listener that may cancel the page's scroll: React attaches wheel
// handlers as passive, so zooming with the wheel needs a listener of its own.
import { useCallback, useEffect, useRef } from 'react';

export function useWheel(onWheel: (event: WheelEvent) => void): (element: HTMLElement | null) => (() => void) | void {
  const latest = useRef(onWheel);
  useEffect(() => {
    latest.current = onWheel;
  });
  return useCallback((element: HTMLElement | null) => {
    if (!element) return;
    const listener = (event: WheelEvent) => latest.current(event);
    element.addEventListener('wheel', listener, { passive: false });
    return () => element.removeEventListener('wheel', listener);
  }, []);
}
