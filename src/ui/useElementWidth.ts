// The width of an element, kept current with a ResizeObserver, for layout
// that works in pixels. Null until the element is in the page (so a first
// render can skip drawing at a guessed width only to draw again at the real
// one); a fixed width where there is no layout (jsdom). `context` is room
// inside the element that the side panel would take (Explorer.tsx's reserve:
// the panel's width while it is closed, nothing once it is open and has taken
// it): the element's width less its context stays the same, so when the
// context changes the width is known before the panel is laid out. Opening the panel then draws the timeline at its new
// width in the click's own frame, and the measurement that follows, finding
// that width, draws nothing again; a measurement that finds another (a window
// resized, a root font size other than the panel's pixels assume) corrects it.
// The context is returned as the width was worked out for it, so the two
// always go together. `initial` is a width known before the element is in the
// page (the first view's, see firstViewport.ts): the first render draws at
// it, and the measurement that follows confirms or corrects it.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export function useElementWidth(fallback: number, context = 0, initial?: number): [(element: HTMLElement | null) => (() => void) | void, number | null, number] {
  const [measured, setMeasured] = useState<Measured | null>(() => (initial ? { width: initial, context } : null));
  const latest = useRef(context);
  useLayoutEffect(() => {
    latest.current = context;
  });
  const ref = useCallback(
    (element: HTMLElement | null) => {
      if (!element) return;
      const width = element.clientWidth > 0 ? element.clientWidth : fallback;
      setMeasured((old) => kept(old, width, latest.current));
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver((entries) => {
        const next = Math.round(entries[0]?.contentRect.width ?? 0);
        if (next > 0) setMeasured((old) => kept(old, next, latest.current));
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [fallback],
  );
  return [ref, measured ? widthFor(measured, context) : null, context];
}

interface Measured {
  width: number;
  context: number;
}

/** The width a measurement made under one context gives under another: the room the context holds comes and goes with the width. */
function widthFor(measured: Measured, context: number): number {
  return measured.width - measured.context + context;
}

/** The last measurement when it predicts the width found under the context now (nothing to draw again), else the new one. */
function kept(old: Measured | null, width: number, context: number): Measured {
  return old && widthFor(old, context) === width ? old : { width, context };
}
