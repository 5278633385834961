// The width of an element, kept current with a ResizeObserver, for layout
// that works in pixels. Falls back to a fixed width where there is no layout (jsdom).
import { useCallback, useState } from 'react';

export function useElementWidth(fallback: number): [(element: HTMLElement | null) => (() => void) | void, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback(
    (element: HTMLElement | null) => {
      if (!element) return;
      if (element.clientWidth > 0) setWidth(element.clientWidth);
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver((entries) => {
        const next = Math.round(entries[0]?.contentRect.width ?? 0);
        if (next > 0) setWidth(next);
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [],
  );
  return [ref, width];
}
