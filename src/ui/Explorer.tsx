// The explorer's screen: header, actor filter, the timeline or the list, and
// the passage panel. Owns nothing but the URL state; everything shown is
// derived from it and the index.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { formatEventDate } from '../model/formatDate';
import type { TimelineIndex } from '../model/schema';
import { actorAncestors, countEventsByActor, filterEventsByActors } from '../timeline/actorFilter';
import { matchingEventIds, searchTerms } from '../timeline/searchEvents';
import { ActorFilter } from './ActorFilter';
import { AddArticlesButton } from './AddArticlesButton';
import { ArticleList } from './ArticleList';
import { EventList } from './EventList';
import { EventPanel, preparePanelLookups } from './EventPanel';
import { ExportButtons } from './ExportButtons';
import { StatusMessage } from './StatusMessage';
import { eventButtonId } from './Timeline';
import { TimelineView } from './TimelineView';
import { ViewBar } from './ViewBar';
import { LinkNotice } from './LinkNotice';
import { describeIgnored, resolveUrlState, unknownIds, type UrlState } from './urlState';
import { toldId } from '../model/mergedView';
import { assignActorColors } from '../timeline/actorColors';
import { timelineDetailsQuery } from './api';
import { useEscapeKey } from './useEscapeKey';
import { useUrlState } from './useUrlState';

export function Explorer({ index }: { index: TimelineIndex }) {
  const [rawState, navigate, ignoredInUrl] = useUrlState();
  // The passages, date reasons and attributions: asked for once the index is in, drawn into place when they come.
  const detailsQuery = useQuery(timelineDetailsQuery());
  const details = detailsQuery.data ?? null;
  const lookups = useMemo(
    () => ({
      events: new Map(index.events.map((event) => [event.id, event])),
      actors: new Map(index.actors.map((actor) => [actor.id, actor])),
      articles: new Map(index.articles.map((article) => [article.id, article])),
      ancestors: actorAncestors(index.actors),
      // One colour per actor, the same in the filter, on the timeline, in the panel and the list.
      colors: assignActorColors(index.actors.map((actor) => actor.id)),
    }),
    [index],
  );
  const counts = useMemo(() => countEventsByActor(index.events, lookups.ancestors), [index.events, lookups]);
  // The panel's lookups over every event, built while the page is idle so the first opening does not wait on them.
  useEffect(() => {
    const run = () => preparePanelLookups(index.events);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(run, 0);
    return () => clearTimeout(id);
  }, [index.events]);
  const known = useMemo(
    () => ({ events: new Set(lookups.events.keys()), actors: new Set(lookups.actors.keys()), articles: new Set(lookups.articles.keys()) }),
    [lookups],
  );
  // A link to one article's event opens the merged event that shows it.
  const asked = useMemo(() => (rawState.event ? { ...rawState, event: toldId(index, rawState.event) } : rawState), [rawState, index]);
  const state = useMemo(() => resolveUrlState(asked, known), [asked, known]);
  // Handlers made once per data set, changing the state as it is when they run: the parts they are given
  // (the filters, the article list, the panel) are not drawn again on every zoom or pan step.
  const change = useCallback(
    (patch: Partial<UrlState>, options?: { replace?: boolean }) =>
      navigate((raw) => ({ ...resolveUrlState(raw.event ? { ...raw, event: toldId(index, raw.event) } : raw, known), ...patch }), options),
    [navigate, index, known],
  );
  const onActorsChange = useCallback((actors: string[]) => change({ actors }), [change]);
  const onArticlesChange = useCallback((articles: string[]) => change({ articles }), [change]);
  const onSelect = useCallback((id: string) => change({ event: id }), [change]);
  const linkNotice = describeIgnored([...unknownIds(asked, known), ...ignoredInUrl]);
  const visible = useMemo(() => {
    const byActor = filterEventsByActors(index.events, state.actors, lookups.ancestors);
    if (state.articles.length === 0) return byActor;
    const wanted = new Set(state.articles);
    return byActor.filter((event) => event.sources.some((s) => wanted.has(s.articleId)));
  }, [index.events, state.actors, state.articles, lookups]);
  const selected = state.event ? lookups.events.get(state.event) ?? null : null;
  const terms = useMemo(() => searchTerms(state.q), [state.q]);
  const matches = useMemo(() => matchingEventIds(visible, terms, details), [visible, terms, details]);
  // The timeline dims what does not match (the place of each event stays telling); the list leaves it out.
  const listed = useMemo(() => (matches ? visible.filter((event) => matches.has(event.id)) : visible), [visible, matches]);

  const closePanel = useCallback(() => {
    if (!selected) return;
    change({ event: null });
    // Give keyboard users their place back on the timeline.
    document.getElementById(eventButtonId(selected.id))?.focus();
  }, [change, selected]);
  useEscapeKey(closePanel, selected !== null);

  return (
    <div className={`app${selected ? ' has-panel' : ''}`}>
      <header className="app-header">
        <h1>News timeline explorer</h1>
        <AddArticlesButton />
        <p className="counts" aria-live="polite">
          {visible.length === index.events.length
            ? `${index.events.length} events`
            : `${visible.length} of ${index.events.length} events`}
          {` · ${index.articles.length} ${index.articles.length === 1 ? 'article' : 'articles'} · ${index.actors.length} actors`}
          {matches ? ` · ${matches.size} ${matches.size === 1 ? 'match' : 'matches'} for “${state.q.trim()}”` : ''}
          {matches && !details ? ' in labels (passages still loading)' : ''}
        </p>
      </header>
      <LinkNotice message={linkNotice} />
      {detailsQuery.isError ? (
        <StatusMessage
          kind="error"
          title="The passages could not be loaded."
          action={{ label: 'Retry', onClick: () => void detailsQuery.refetch() }}
        >
          <p>
            {detailsQuery.error.message} The timeline, the filters and the articles work; search finds labels only, and
            events show no date reason or attribution until this loads.
          </p>
        </StatusMessage>
      ) : null}
      {index.articles.length > 1 ? (
        <ArticleList articles={index.articles} checked={state.articles} onChange={onArticlesChange} />
      ) : null}
      <div className="app-body">
        <ActorFilter
          colors={lookups.colors}
          actors={index.actors}
          counts={counts}
          checked={state.actors}
          onChange={onActorsChange}
        />
        <main className="app-main">
          {index.events.length === 0 ? (
            <StatusMessage kind="empty" title="No events yet.">
              <p>The compiled data holds no dated events. Add articles to the seeds folder and rebuild.</p>
            </StatusMessage>
          ) : visible.length === 0 ? (
            <StatusMessage
              kind="empty"
              title={state.articles.length > 0 ? 'No events of the checked articles involve the checked actors.' : 'No events involve the checked actors.'}
              action={{ label: 'Clear filter', onClick: () => navigate({ ...state, actors: [], articles: [] }) }}
            />
          ) : (
            <>
              <ViewBar
                view={state.view}
                query={state.q}
                onViewChange={(view) => navigate({ ...state, view })}
                onQueryChange={(q) => navigate({ ...state, q }, { replace: true })}
              >
                <ExportButtons events={listed} details={details} index={index} actors={lookups.actors} articles={lookups.articles} />
              </ViewBar>
              {state.view === 'list' ? (
                listed.length === 0 ? (
                  <StatusMessage
                    kind="empty"
                    title={`No events match “${state.q.trim()}”.`}
                    action={{ label: 'Clear search', onClick: () => navigate({ ...state, q: '' }) }}
                  />
                ) : (
                  <EventList
                    colors={lookups.colors}
                    events={listed}
                    details={details}
                    actors={lookups.actors}
                    terms={terms}
                    selectedId={selected?.id ?? null}
                    onSelect={onSelect}
                  />
                )
              ) : (
                <TimelineView
                  colors={lookups.colors}
                  events={visible}
                  allEvents={index.events}
                  actors={lookups.actors}
                  from={state.from}
                  to={state.to}
                  axis={state.axis}
                  lanes={state.lanes}
                  checked={state.actors}
                  matches={matches}
                  selectedId={selected?.id ?? null}
                  onSelect={onSelect}
                  // The window is replaced, not pushed: a wheel gesture is dozens of steps, Back should not replay them.
                  onWindowChange={(days) => navigate({ ...state, ...days }, { replace: true })}
                  onAxisChange={(axis) => navigate({ ...state, axis })}
                  onLanesChange={(lanes) => navigate({ ...state, lanes })}
                />
              )}
            </>
          )}
        </main>
        <p className="visually-hidden" aria-live="polite">
          {selected ? `Selected: ${selected.label}, ${formatEventDate(selected.date, selected.kind)}` : ''}
        </p>
        {selected ? (
          <EventPanel
            colors={lookups.colors}
            key={selected.id}
            event={selected}
            details={details ? (details.get(selected.id) ?? null) : detailsQuery.isError ? null : undefined}
            articles={lookups.articles}
            actors={lookups.actors}
            onClose={closePanel}
            ordered={visible}
            allEvents={index.events}
            eventsById={lookups.events}
            onSelect={onSelect}
          />
        ) : null}
      </div>
    </div>
  );
}
