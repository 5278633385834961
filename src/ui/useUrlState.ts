// Binds the URL state to the browser history: reading subscribes to
// popstate, writing pushes a history entry, so back/forward and reload work.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './urlState';

// pushState fires no event of its own; this one tells our subscribers.
const PUSHED = 'explorer:pushstate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(PUSHED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(PUSHED, onChange);
  };
}

const readSearch = () => window.location.search;

export function useUrlState(): [UrlState, (next: UrlState) => void] {
  const search = useSyncExternalStore(subscribe, readSearch, () => '');
  const state = useMemo(() => parseUrlState(search), [search]);
  const navigate = useCallback((next: UrlState) => {
    const { pathname, search: current, hash } = window.location;
    const nextSearch = serializeUrlState(next, current);
    if (nextSearch === current) return;
    window.history.pushState(null, '', `${pathname}${nextSearch}${hash}`);
    window.dispatchEvent(new Event(PUSHED));
  }, []);
  return [state, navigate];
}
