// Binds the URL state to the browser history: reading subscribes to
// popstate, writing pushes a history entry, so back/forward and reload work.
// Moving the view replaces the entry instead: a wheel gesture is dozens of
// steps, and Back should not have to undo them one by one.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { keepUnchangedLists, readUrlState, serializeUrlState, type IgnoredPart, type UrlState } from './urlState';

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

// The last state read: there is one URL per page, so one copy is enough.
let lastRead: UrlState | null = null;

function readKeepingLists(search: string): ReturnType<typeof readUrlState> {
  const read = readUrlState(search);
  lastRead = keepUnchangedLists(lastRead, read.state);
  return { ...read, state: lastRead };
}

/** The next state, or a function of the current one (so a handler made once stays right as the URL changes). */
export type Navigate = (next: UrlState | ((current: UrlState) => UrlState), options?: { replace?: boolean }) => void;

/** The state in the URL, a way to change it, and what in the URL could not be used. */
export function useUrlState(): [UrlState, Navigate, IgnoredPart[]] {
  const search = useSyncExternalStore(subscribe, readSearch, () => '');
  const { state, ignored } = useMemo(() => readKeepingLists(search), [search]);
  const navigate = useCallback<Navigate>((next, { replace = false } = {}) => {
    const { pathname, search: current, hash } = window.location;
    const state = typeof next === 'function' ? next(readUrlState(current).state) : next;
    const nextSearch = serializeUrlState(state, current);
    if (nextSearch === current) return;
    const url = `${pathname}${nextSearch}${hash}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event(PUSHED));
  }, []);
  return [state, navigate, ignored];
}
