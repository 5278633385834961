// The article text of an event the pointer rests on, or the keyboard's focus
// reaches, is asked for before the click: by the time the panel opens, its
// passage is usually in, instead of one request away. A pointer sweeping
// across the timeline asks for nothing; it has to rest a moment on an event.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, type SyntheticEvent } from 'react';
import { articleTextQuery } from './api';

/** How long the pointer or the focus rests on an event before its text is asked for, ms. */
export const REST_MS = 80;

/** Handlers for a container of event buttons (each with data-event-id); `articleOf` names an event's article. */
export function usePassagePrefetch(articleOf: (eventId: string) => string | undefined) {
  const client = useQueryClient();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const onRest = useCallback(
    (event: SyntheticEvent) => {
      window.clearTimeout(timer.current);
      const target = event.target instanceof Element ? event.target.closest('[data-event-id]') : null;
      const articleId = target ? articleOf(target.getAttribute('data-event-id')!) : undefined;
      if (!articleId) return;
      // Cached texts never go stale (staleTime is Infinity), so asking again costs nothing.
      timer.current = window.setTimeout(() => void client.prefetchQuery(articleTextQuery(articleId)), REST_MS);
    },
    [client, articleOf],
  );
  return { onPointerOver: onRest, onFocus: onRest };
}
