// The width of an element, kept current with a ResizeObserver, for layout
// that works in pixels. Null until the element is in the page (so a first
// render can skip drawing at a guessed width only to draw again at the real
// one); a fixed width where there is no layout (jsdom). `context` is a value
// the width depends on (the room the side panel takes): it is returned as it
// was when the width was measured, so a render between a change and the
// measurement that follows it pairs the old width with the old context, never
// the new context with the old width. `initial` is a width known before the
// element is in the page (the first view's, see firstViewport.ts): the first
// render draws at it, and the measurement that follows confirms or corrects it.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export function useElementWidth(fallback: number, context = 0, initial?: number): [(element: HTMLElement | null) => (() => void) | void, number | null, number] {
  const [measured, setMeasured] = useState<{ width: number; context: number } | null>(() => (initial ? { width: initial, context } : null));
  const latest = useRef(context);
  useLayoutEffect(() => {
    latest.current = context;
  });
  const ref = useCallback(
    (element: HTMLElement | null) => {
      if (!element) return;
      const width = element.clientWidth > 0 ? element.clientWidth : fallback;
      setMeasured((old) => (old && old.width === width && old.context === latest.current ? old : { width, context: latest.current }));
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver((entries) => {
        const next = Math.round(entries[0]?.contentRect.width ?? 0);
        if (next > 0) setMeasured((old) => (old && old.width === next && old.context === latest.current ? old : { width: next, context: latest.current }));
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [fallback],
  );
  return [ref, measured?.width ?? null, measured?.context ?? context];
}
