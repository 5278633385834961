// Calls back on Escape anywhere in the page while active (closing the panel
// must not depend on where the focus happens to be).
import { useEffect, useRef } from 'react';

export function useEscapeKey(onEscape: () => void, active: boolean): void {
  const latest = useRef(onEscape);
  useEffect(() => {
    latest.current = onEscape;
  });
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active]);
}
