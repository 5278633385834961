// The explorer's screen: a skip link, the header, the actor filter, the
// timeline or the list, and the panel (an event with its article, or an
// article on its own). Owns nothing but the URL state; everything shown is
// derived from it and the index: which events the filters, the key events
// switch and the search leave, which of them are key, and the page's title.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, type MouseEvent } from 'react';
import { formatEventDate } from '../model/formatDate';
import type { IndexEvent, TimelineIndex } from '../model/schema';
import { actorAncestors, countEventsByActor, eventActorClosure, filterEventsByActors } from '../timeline/actorFilter';
import { corpusDescription, corpusTitle, pageTitle } from '../timeline/corpusTitle';
import { keyEventIds, rankByImportance } from '../timeline/importanceRank';
import { matchingEventIds, searchTerms } from '../timeline/searchEvents';
import { summaryEvents } from '../timeline/summaryEvents';
import { ActorFilter } from './ActorFilter';
import { AddArticlesButton } from './AddArticlesButton';
import { ArticleList } from './ArticleList';
import { preparePanelLookups } from './ArticlePane';
import { ArticleReader } from './ArticleReader';
import { EventList } from './EventList';
import { EventPanel } from './EventPanel';
import { ExportButtons } from './ExportButtons';
import { SearchElsewhere } from './SearchElsewhere';
import { StatusMessage } from './StatusMessage';
import { eventButtonId, layoutOptions, MIN_TIMELINE_WIDTH } from './Timeline';
import { TimelineView } from './TimelineView';
import { ViewBar } from './ViewBar';
import { LinkNotice } from './LinkNotice';
import { describeIgnored, resolveUrlState, serializeUrlState, unknownIds, type UrlState } from './urlState';
import { toldId } from '../model/mergedView';
import { assignActorColors } from '../timeline/actorColors';
import { articleTextQuery, timelineDetailsQuery } from './api';
import { usePassagePrefetch } from './usePassagePrefetch';
import { useAfterFirstPaint } from './afterFirstPaint';
import { useElementWidth } from './useElementWidth';
import { useEscapeKey } from './useEscapeKey';
import { useUrlState } from './useUrlState';
import { useMediaQuery, useWindowHeight } from './useViewport';

/** The side panel's column at desktop widths: 30rem of the 15px root (styles.css, `.has-panel .app-body`). */
const PANEL_PX = 450;
/** Where the panel becomes a column beside the timeline (below, it opens over the page). */
const SIDE_PANEL_QUERY = '(min-width: 901px)';
/** The main column's padding and the timeline's border, around the timeline's own width. */
const MAIN_CHROME_PX = 34;
/** What the page shows above and below the timeline's rows at most: the summary takes the rows left. */
const AROUND_ROWS_PX = 360;
const SUMMARY_ROW_PX = 36;

export function Explorer({ index }: { index: TimelineIndex }) {
  const [rawState, navigate, ignoredInUrl] = useUrlState();
  // What the first frame does without: each actor's count, the overview, and the passages, date reasons and
  // attributions, asked for once the timeline is on screen (reading them would hold its first paint) and drawn
  // into place when they come.
  const painted = useAfterFirstPaint();
  const detailsQuery = useQuery({ ...timelineDetailsQuery(), enabled: painted });
  const details = detailsQuery.data ?? null;
  const lookups = useMemo(
    () => ({
      events: new Map(index.events.map((event) => [event.id, event])),
      actors: new Map(index.actors.map((actor) => [actor.id, actor])),
      articles: new Map(index.articles.map((article) => [article.id, article])),
      ancestors: actorAncestors(index.actors),
      // One colour per actor, the same in the filter, on the timeline, in the panel and the list.
      colors: assignActorColors(index.actors.map((actor) => actor.id)),
      rank: rankByImportance(index.events),
    }),
    [index],
  );
  // The index's events are told already (merged events in place of their members): the title and the
  // description read them as they are, without merging and sorting every event again.
  const told = useMemo(() => ({ articles: index.articles, events: index.events }), [index]);
  const corpus = useMemo(() => ({ title: corpusTitle(told) ?? 'News timeline', description: corpusDescription(told) }), [told]);
  useEffect(() => {
    document.title = pageTitle(told);
  }, [told]);
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
  const known = useMemo(() => ({ events: lookups.events, actors: lookups.actors, articles: lookups.articles }), [lookups]);
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
  const client = useQueryClient();
  const articleOf = useCallback((id: string) => lookups.events.get(id)?.sources[0]?.articleId, [lookups]);
  const prefetch = usePassagePrefetch(articleOf);
  const onSelect = useCallback(
    (id: string) => {
      // The passage's article is asked for at the click, not once the panel is drawn: its request then runs
      // while the click is rendered and laid out, instead of after (if resting on the event had not already).
      const articleId = articleOf(id);
      if (articleId) void client.prefetchQuery(articleTextQuery(articleId));
      change({ event: id, read: null });
    },
    [change, client, articleOf],
  );
  const onRead = useCallback((id: string) => change({ event: null, read: id }), [change]);
  const linkNotice = describeIgnored([...unknownIds(asked, known), ...ignoredInUrl]);
  // The events of the checked articles: what the actors' counts are taken over, so an actor with none is set aside.
  const ofArticles = useMemo(() => {
    if (state.articles.length === 0) return index.events;
    const wanted = new Set(state.articles);
    return index.events.filter((event) => event.sources.some((s) => wanted.has(s.articleId)));
  }, [index.events, state.articles]);
  const counts = useMemo(() => (painted ? countEventsByActor(ofArticles, lookups.ancestors) : null), [painted, ofArticles, lookups]);
  const visible = useMemo(() => filterEventsByActors(ofArticles, state.actors, lookups.ancestors), [ofArticles, state.actors, lookups]);
  const keyEvents = useMemo(() => keyEventIds(visible), [visible]);
  const selected = state.event ? lookups.events.get(state.event) ?? null : null;
  const reading = !selected && state.read ? lookups.articles.get(state.read) ?? null : null;

  // The key events' summary fits the timeline's width as laid out beside the panel, and the rows the window leaves.
  const sidePanel = useMediaQuery(SIDE_PANEL_QUERY);
  const reserve = sidePanel && !selected && !reading ? PANEL_PX : 0;
  const [measureMain, mainWidth, mainReserve] = useElementWidth(960, reserve);
  const windowHeight = useWindowHeight();
  const summaryWidth = Math.max(MIN_TIMELINE_WIDTH, (mainWidth ?? 960) - MAIN_CHROME_PX - mainReserve);
  const summaryRows = Math.min(12, Math.max(4, Math.floor((windowHeight - AROUND_ROWS_PX) / SUMMARY_ROW_PX)));
  const summary = useMemo(
    () => (state.key ? summaryEvents(visible, { ...layoutOptions(summaryWidth, summaryRows), axis: state.axis }) : null),
    [state.key, visible, summaryWidth, summaryRows, state.axis],
  );
  // Shown: the filtered events, or their summary; the timeline keeps the rest's places unless it is the summary.
  const shown = useMemo(() => {
    if (!summary) return visible;
    const top = new Set(summary);
    return visible.filter((event) => top.has(event));
  }, [summary, visible]);

  const terms = useMemo(() => searchTerms(state.q), [state.q]);
  const matches = useMemo(() => matchingEventIds(shown, terms, details), [shown, terms, details]);
  // The timeline dims what does not match (the place of each event stays telling); the list leaves it out.
  const listed = useMemo(() => (matches ? shown.filter((event) => matches.has(event.id)) : shown), [shown, matches]);
  const matchedArticles = useMemo(() => new Set(listed.flatMap((event) => (matches ? event.sources.map((s) => s.articleId) : []))), [listed, matches]);
  const groupOf = useMemo(() => exportGroups(state.actors, lookups), [state.actors, lookups]);

  const closePanel = useCallback(() => {
    if (!selected && !reading) return;
    change({ event: null, read: null });
    // Give keyboard users their place back on the timeline.
    if (selected) document.getElementById(eventButtonId(selected.id))?.focus();
  }, [change, selected, reading]);
  useEscapeKey(closePanel, selected !== null || reading !== null);

  return (
    <div className={`app${selected || reading ? ' has-panel' : ''}${state.embed ? ' is-embed' : ''}`}>
      <a className="skip-link" href="#main" onClick={(event) => skipToEvents(event, state.view)}>
        {state.view === 'list' ? 'Skip to the list' : 'Skip to timeline'}
      </a>
      <header className="app-header">
        <h1>{state.embed ? corpus.title : 'News timeline explorer'}</h1>
        {state.embed ? null : <AddArticlesButton />}
        <p className="counts" aria-live="polite">
          {shown.length === index.events.length
            ? `${index.events.length} events`
            : `${shown.length} of ${index.events.length} events${state.key ? ' (key events)' : ''}`}
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
      {index.articles.length > 1 && !state.embed ? (
        <ArticleList articles={index.articles} checked={state.articles} onChange={onArticlesChange} />
      ) : null}
      <div className="app-body">
        {state.embed ? null : (
          <ActorFilter colors={lookups.colors} actors={index.actors} counts={counts} checked={state.actors} onChange={onActorsChange} />
        )}
        <main className="app-main" id="main" tabIndex={-1} ref={measureMain} {...prefetch}>
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
                <ExportButtons
                  events={listed}
                  details={details}
                  index={index}
                  actors={lookups.actors}
                  articles={lookups.articles}
                  title={corpus.title}
                  description={corpus.description}
                  groupOf={groupOf}
                />
              </ViewBar>
              <SearchElsewhere
                query={state.q}
                terms={terms}
                articles={index.articles}
                matched={matchedArticles}
                hrefFor={(id) => `${window.location.pathname}${serializeUrlState({ ...state, event: null, read: id }, window.location.search)}`}
                onRead={onRead}
              />
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
                    keyEvents={keyEvents}
                    onSelect={onSelect}
                  />
                )
              ) : (
                <TimelineView
                  colors={lookups.colors}
                  events={shown}
                  allEvents={summary ?? index.events}
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
                  rank={lookups.rank}
                  keyEvents={keyEvents}
                  keyOnly={state.key}
                  // The summary fits its own events: a window chosen among all of them would not.
                  onKeyOnlyChange={(key) => navigate({ ...state, key, from: null, to: null })}
                  reserve={reserve}
                  panel={sidePanel ? PANEL_PX : 0}
                  articles={index.articles}
                  onReadArticle={onRead}
                  overview={painted}
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
            isKey={keyEvents.has(selected.id)}
          />
        ) : reading ? (
          <ArticleReader
            key={reading.id}
            article={reading}
            allEvents={index.events}
            eventsById={lookups.events}
            terms={terms}
            onSelect={onSelect}
            onClose={closePanel}
          />
        ) : null}
      </div>
    </div>
  );
}

/** "Skip to timeline": to the event the timeline's Tab stop is on (or the list's first), past the header and filters. */
function skipToEvents(event: MouseEvent<HTMLAnchorElement>, view: UrlState['view']) {
  const target =
    document.querySelector<HTMLElement>(view === 'list' ? '.event-list button' : '.timeline-canvas button[tabindex="0"]') ??
    document.getElementById('main');
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/**
 * The TimelineJS group of an event: the first checked actor it counts for (a minister's event counts for
 * his country), else its first actor, as the lanes by actor draw it.
 */
function exportGroups(
  checked: readonly string[],
  lookups: { actors: ReadonlyMap<string, { name: string }>; ancestors: ReadonlyMap<string, Set<string>> },
): (event: IndexEvent) => string | null {
  return (event) => {
    const own = checked.length > 0 ? eventActorClosure(event, lookups.ancestors) : null;
    const id = own ? checked.find((c) => own.has(c)) : event.actors[0];
    return id === undefined ? null : (lookups.actors.get(id)?.name ?? null);
  };
}
