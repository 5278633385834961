// Whether the page's first frame with the explorer in it has been painted.
// What the first frame does not need (each actor's count of events and the
// filter's list, the overview under the timeline) waits for it, so the
// timeline's first events are on screen sooner; those parts come in the next
// task, a frame or two later. Once per page: later data sets draw everything
// at once.
import { useEffect, useSyncExternalStore } from 'react';

let painted = false;
let scheduled = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called once the first frame's content is committed: its paint is then awaited. */
function awaitPaint(): void {
  if (painted || scheduled) return;
  scheduled = true;
  const done = () => {
    painted = true;
    for (const listener of listeners) listener();
  };
  // A frame's animation callbacks run before its paint: the second frame's run once the first is on screen.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => requestAnimationFrame(done));
  else setTimeout(done, 0);
}

/** False until the frame after the caller's first commit has been painted, then true for the page's life. */
export function useAfterFirstPaint(): boolean {
  useEffect(awaitPaint, []);
  return useSyncExternalStore(subscribe, () => painted, () => false);
}
