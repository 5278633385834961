// The width of an element, kept current with a ResizeObserver, for layout
// that works in pixels. Null until the element is in the page (so a first
// render can skip drawing at a guessed width only to draw again at the real
// one); a fixed width where there is no layout (jsdom).
import { useCallback, useState } from 'react';

export function useElementWidth(fallback: number): [(element: HTMLElement | null) => (() => void) | void, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback(
    (element: HTMLElement | null) => {
      if (!element) return;
      setWidth(element.clientWidth > 0 ? element.clientWidth : fallback);
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver((entries) => {
        const next = Math.round(entries[0]?.contentRect.width ?? 0);
        if (next > 0) setWidth(next);
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [fallback],
  );
  return [ref, width];
}
