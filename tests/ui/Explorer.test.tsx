// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineIndex } from '../../src/model/schema';
import { App } from '../../src/ui/App';
import { createQueryClient } from '../../src/ui/queryClient';
import { sampleDetails, sampleIndex, sampleText } from '../timeline/sample';
import { encodeIndex } from '../../src/model/indexColumns';

type Route = { status?: number; body: unknown };

/** Stands in for the network: answers by URL suffix, 404 for anything else. */
function serve(routes: Record<string, Route | (() => Route)>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const key = Object.keys(routes).find((suffix) => url.endsWith(suffix));
    const route = key ? routes[key]! : { status: 404, body: 'not found' };
    const { status = 200, body } = typeof route === 'function' ? route() : route;
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function serveSample(index: TimelineIndex = sampleIndex, text = sampleText) {
  return serve({
    'data/index.json': { body: encodeIndex(index) },
    'data/details.json': { body: sampleDetails },
    'data/articles/talks.json': { body: { id: 'talks', text } },
  });
}

function renderApp() {
  const client = createQueryClient({ retry: false });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
  return { user };
}

const moscowButton = () => screen.queryByRole('button', { name: /^Moscow meeting.*23 December 2022$/ });
/** The events drawn on the timeline (the axis also holds the publication days' marks). */
const eventButtons = (timeline: HTMLElement) => timeline.querySelectorAll('button[data-event-id]');
/** The panel is named by its event; the article pane inside it, by the article's title. */
const panelOf = (label: RegExp) => screen.getByRole('region', { name: label });
const MEETING = /^Moscow meeting to prepare a peace agreement$/;
const statementButton = () => screen.queryByRole('button', { name: /Prime minister accuses.*22 December 2022/ });

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('shows a loading state, then every event as a button named by label and date', async () => {
    serveSample();
    renderApp();
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Loading the timeline…');
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(eventButtons(timeline)).toHaveLength(3);
    expect(moscowButton()).not.toBeNull();
    // The day the article came out is marked on the axis, its title on hover and focus.
    expect(within(timeline).getByRole('button', { name: 'Published 22 December 2022: Talks collapse in Moscow' })).toBeTruthy();
    // The first Tab stop skips to the timeline.
    expect(document.querySelector('a')!.textContent).toBe('Skip to timeline');
    expect(screen.getByRole('button', { name: 'Relations turn tense, 1991' })).toBeTruthy();
    expect(screen.getByText('3 events · 1 article · 4 actors')).toBeTruthy();
  });

  it('draws a label that carries its year to tell it apart from a twin without the same year again after it', async () => {
    const yearly = (e: TimelineIndex['events'][number]) =>
      e.id === 'tension-1991'
        ? { ...e, label: 'Ceasefire signed (1991)' }
        : e.id === 'pm-statement'
          ? { ...e, label: 'Ceasefire signed (2022)' }
          : e;
    serveSample({ ...sampleIndex, events: sampleIndex.events.map(yearly) });
    renderApp();
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const drawnLabel = (name: RegExp) => within(timeline).getByRole('button', { name }).querySelector('.event-label')!.textContent;
    // The year in brackets is the whole date: it is not drawn twice. The accessible name keeps the date, as the list reads it.
    expect(drawnLabel(/^Ceasefire signed \(1991\), 1991$/)).toBe('Ceasefire signed (1991)');
    // A day is more than the year in brackets: it stays.
    expect(drawnLabel(/^Ceasefire signed \(2022\), 22 December 2022$/)).toBe('Ceasefire signed (2022) 22 December 2022');
    expect(drawnLabel(/^Moscow meeting.*23 December 2022$/)).toMatch(/ 23 December 2022$/);
  });

  it('shows the time of day of an event and what its date was counted from in the passage panel', async () => {
    const timed = (e: TimelineIndex['events'][number]) =>
      e.id === 'moscow-meeting' ? { ...e, date: { ...e.date, time: { clock: '11:00', precision: 'hour' as const } } } : e;
    serve({
      'data/index.json': { body: encodeIndex({ ...sampleIndex, events: sampleIndex.events.map(timed) }) },
      'data/details.json': {
        body: {
          ...sampleDetails,
          events: sampleDetails.events.map((d) => (d.id === 'moscow-meeting' ? { ...d, dateReason: { ...d.dateReason, anchor: 'the publication date, 22 December 2022' } } : d)),
        },
      },
      'data/articles/talks.json': { body: { id: 'talks', text: sampleText } },
    });
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    await user.click(screen.getByRole('button', { name: /^Moscow meeting.*23 December 2022, 11:00$/ }));
    const panel = panelOf(MEETING);
    expect(within(panel).getByText(/23 December 2022, 11:00/)).toBeTruthy();
    expect(within(panel).getByText('(exact day and hour)')).toBeTruthy();
    expect(await within(panel).findByText(/rule weekday-future, counted from the publication date, 22 December 2022/)).toBeTruthy();
  });

  it('names the week of a "last week" event on the timeline and in the panel, rather than only its month', async () => {
    const weekly = (e: TimelineIndex['events'][number]) =>
      e.id === 'moscow-meeting' ? { ...e, date: { start: '2022-12-12', end: '2022-12-18', precision: 'month' as const, text: 'last week' } } : e;
    serve({
      'data/index.json': { body: encodeIndex({ ...sampleIndex, events: sampleIndex.events.map(weekly) }) },
      'data/details.json': { body: sampleDetails },
      'data/articles/talks.json': { body: { id: 'talks', text: sampleText } },
    });
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    await user.click(screen.getByRole('button', { name: /^Moscow meeting.*12–18 December 2022$/ }));
    const panel = panelOf(MEETING);
    expect(within(panel).getByText('(week only, approximate)')).toBeTruthy();
  });

  it('shows the error with a Retry button that loads the data again', async () => {
    let calls = 0;
    serve({
      'data/index.json': () => (++calls === 1 ? { status: 500, body: 'boom' } : { body: encodeIndex(sampleIndex) }),
    });
    const { user } = renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be loaded/);
    expect(alert.textContent).toMatch(/500/);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await screen.findByRole('region', { name: 'Timeline' });
  });

  it('draws the timeline before the details arrive, then fills in the date reason and searches the passages', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const fetchMock = serveSample();
    const network = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation(async (input) => {
      if (String(input).endsWith('data/details.json')) await held;
      return network(input);
    });
    window.history.replaceState(null, '', '/?event=moscow-meeting&q=refused');
    renderApp();
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(eventButtons(timeline)).toHaveLength(3);
    const panel = panelOf(MEETING);
    expect(within(panel).getByText(/Loading why it has this date/)).toBeTruthy();
    // "refused" is only in the passage: until it loads, labels alone are searched, and the count says so.
    expect(screen.getByText(/0 matches for “refused” in labels \(passages still loading\)/)).toBeTruthy();
    release();
    expect(await within(panel).findByText(/from “for Friday” — rule weekday-future/)).toBeTruthy();
    expect(within(panel).getByText(/Russian Foreign Ministry: “the ministry said”/)).toBeTruthy();
    expect(screen.getByText(/1 match for “refused”$/)).toBeTruthy();
  });

  it('keeps the timeline and the passages when the details fail, says so, and Retry loads them', async () => {
    let calls = 0;
    serve({
      'data/index.json': { body: encodeIndex(sampleIndex) },
      'data/details.json': () => (++calls === 1 ? { status: 503, body: 'busy' } : { body: sampleDetails }),
      'data/articles/talks.json': { body: { id: 'talks', text: sampleText } },
    });
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/The passages could not be loaded.*details\.json answered 503/);
    expect(screen.getByRole('button', { name: 'Download CSV' })).toHaveProperty('disabled', true);
    await user.click(moscowButton()!);
    const panel = panelOf(MEETING);
    await within(panel).findByText((_, el) => el?.tagName === 'MARK');
    expect(within(panel).getByText(/could not be loaded/)).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(panel).findByText(/from “for Friday” — rule weekday-future/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toHaveProperty('disabled', false);
  });

  it('refuses data that does not match the contract', async () => {
    const columns = encodeIndex(sampleIndex);
    serve({ 'data/index.json': { body: { ...columns, events: { ...columns.events, label: ['x', ''] } } } });
    renderApp();
    expect((await screen.findByRole('alert')).textContent).toMatch(/does not match the data contract at events\.label\.1/);
  });

  it('checking an actor hides events that do not involve it, counting members, and puts it in the URL', async () => {
    serveSample();
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    const actors = screen.getByRole('group', { name: 'Actors' });
    const names = within(actors).getAllByRole('checkbox').map((box) => box.getAttribute('id') && (box as HTMLInputElement).labels?.[0]?.textContent);
    // Countries by name, each followed by its people and bodies; the ministry, with no event, waits behind a button.
    expect(names).toEqual(['Armenia', 'Nikol Pashinyan', 'Russia']);
    await user.click(within(actors).getByRole('button', { name: 'Show all actors (1 with no events)' }));
    expect(within(actors).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Armenia', 'Nikol Pashinyan', 'Russia', 'Russian Foreign Ministry',
    ]);

    await user.click(within(actors).getByRole('checkbox', { name: 'Armenia' }));
    expect(moscowButton()).toBeNull();
    expect(statementButton()).not.toBeNull();
    expect(window.location.search).toBe('?actors=armenia');
    expect(screen.getByText('1 of 3 events · 1 article · 4 actors')).toBeTruthy();

    await user.click(within(actors).getByRole('checkbox', { name: 'Russia' }));
    expect(moscowButton()).not.toBeNull();
    expect(window.location.search).toBe('?actors=armenia,russia');
  });

  it('shows an empty state with Clear filter when the filter matches nothing', async () => {
    serveSample();
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    await user.click(screen.getByRole('button', { name: /^Show all actors/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Russian Foreign Ministry' }));
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull();
    const empty = screen.getByText('No events involve the checked actors.').parentElement!;
    await user.click(within(empty).getByRole('button', { name: 'Clear filter' }));
    expect(moscowButton()).not.toBeNull();
    expect(window.location.search).toBe('');
  });

  it('clicking an event opens the panel named by the event, with its article below and the passage marked', async () => {
    serveSample();
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    await user.click(moscowButton()!);
    expect(window.location.search).toBe('?event=moscow-meeting');

    const panel = panelOf(MEETING);
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2, name: 'Moscow meeting to prepare a peace agreement' }));
    const article = within(panel).getByRole('region', { name: 'Talks collapse in Moscow' });
    const mark = await within(article).findByText((_, el) => el?.tagName === 'MARK');
    const source = sampleIndex.events[0]!.sources[0]!;
    expect(mark.textContent).toBe(sampleText.slice(source.start, source.end));
    // The one source, with its outlet and publication day.
    expect(within(within(panel).getByRole('region', { name: 'Sources' })).getByRole('listitem').textContent).toBe(
      'Talks collapse in Moscowexample.org · published 22 December 2022',
    );

    expect(within(article).getByText('inferred')).toBeTruthy();
    expect(within(panel).getByText(/from “for Friday” — rule weekday-future/)).toBeTruthy();
    expect(within(panel).getByText(/Russian Foreign Ministry: “the ministry said”/)).toBeTruthy();
    const link = within(article).getByRole('link', { name: 'example.org' });
    expect(link.getAttribute('href')).toBe('https://example.org/news/talks');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // One paragraph per blank-line block of the article.
    expect(article.querySelectorAll('.article-text p')).toHaveLength(4);
  });

  it('Escape and the Close button close the panel and clear the event from the URL', async () => {
    serveSample();
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    await user.click(moscowButton()!);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: MEETING })).toBeNull();
    expect(window.location.search).toBe('');
    expect(document.activeElement).toBe(moscowButton());

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Close passage' }));
    expect(screen.queryByRole('region', { name: MEETING })).toBeNull();
  });

  it('restores the selection and filter from a deep link, ignoring unknown ids', async () => {
    window.history.replaceState(null, '', '/?event=pm-statement&actors=armenia,ghost');
    serveSample();
    renderApp();
    const panel = await screen.findByRole('region', { name: /^Prime minister accuses the mission$/ });
    const mark = await within(panel).findByText((_, el) => el?.tagName === 'MARK');
    expect(mark.textContent).toMatch(/^The prime minister accused/);
    expect((screen.getByRole('checkbox', { name: 'Armenia' }) as HTMLInputElement).checked).toBe(true);
    expect(moscowButton()).toBeNull();
  });

  it('ignores a deep link to an event that does not exist', async () => {
    window.history.replaceState(null, '', '/?event=nope');
    serveSample();
    renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    expect(screen.queryByRole('region', { name: 'Talks collapse in Moscow' })).toBeNull();
    expect(screen.getByText(/unknown event “nope”/)).toBeTruthy();
  });

  it('back and forward restore the selection', async () => {
    serveSample();
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    await user.click(moscowButton()!);
    await user.click(statementButton()!);
    expect(window.location.search).toBe('?event=pm-statement');
    act(() => window.history.back());
    await waitFor(() => expect(window.location.search).toBe('?event=moscow-meeting'));
    await waitFor(() => expect(moscowButton()!.getAttribute('aria-pressed')).toBe('true'));
    act(() => window.history.back());
    await waitFor(() => expect(screen.queryByRole('region', { name: MEETING })).toBeNull());
    act(() => window.history.forward());
    await screen.findByRole('region', { name: MEETING });
  });

  it('renders sources that are not http(s) as text and article text as text', async () => {
    const index: TimelineIndex = {
      ...sampleIndex,
      articles: [{ ...sampleIndex.articles[0]!, source: 'javascript:alert(1)', publishedBasis: 'stated' }],
    };
    serveSample(index, sampleText.replace('Talks collapse in Moscow', '<b>Talks</b> in Moscow'));
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    await user.click(moscowButton()!);
    const panel = panelOf(MEETING);
    // The outlet is named by the title instead; the source is shown as text, and nothing links to the script.
    expect(within(panel).queryByRole('link')).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    expect(within(panel).getByText('javascript:alert(1)')).toBeTruthy();
    expect(within(within(panel).getByRole('region', { name: 'Sources' })).getByRole('listitem').textContent).toMatch(/^Talks collapse in MoscowTalks collapse in Moscow · published/);
    expect(within(panel).queryByText('inferred')).toBeNull();
    expect(await within(panel).findByText('<b>Talks</b> in Moscow')).toBeTruthy();
    expect(panel.querySelector('b')).toBeNull();
  });

  it('Left and Right step through events in time order, Enter opens with the focus on the heading, and the selection is announced', async () => {
    serveSample();
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    // Focusing an event is a state update of the timeline's (it becomes the Tab stop), so it goes through act as the keys do.
    act(() => screen.getByRole('button', { name: 'Relations turn tense, 1991' }).focus());
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(statementButton());
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(moscowButton());
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(moscowButton());
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Relations turn tense, 1991' }));
    // Stepping between events leaves the visible window alone.
    expect(window.location.search).toBe('');

    await user.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    const panel = panelOf(MEETING);
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }));
    expect(screen.getByText('Selected: Moscow meeting to prepare a peace agreement, 23 December 2022')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(moscowButton());
  });

  it('the List view shows the filtered events in time order with date, actors and passage, and an item opens the panel', async () => {
    serveSample();
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(window.location.search).toBe('?view=list');
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull();
    const list = screen.getByRole('region', { name: 'Event list' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('button').getAttribute('aria-label'))).toEqual([
      'Relations turn tense, 1991',
      'Prime minister accuses the mission, 22 December 2022',
      'Moscow meeting to prepare a peace agreement, 23 December 2022',
    ]);
    expect(items[1]!.textContent).toMatch(/Nikol Pashinyan/);
    expect(items[2]!.textContent).toMatch(/Officials refused to attend a meeting/);

    await user.click(within(actorsGroup()).getByRole('checkbox', { name: 'Armenia' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await user.click(within(list).getByRole('button', { name: /Prime minister accuses/ }));
    expect(screen.getByRole('region', { name: 'Prime minister accuses the mission' })).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('event')).toBe('pm-statement');
  });

  it('the search dims what does not match on the timeline, leaves it out of the list, and marks the words', async () => {
    serveSample();
    const { user } = renderApp();
    await screen.findByRole('region', { name: 'Timeline' });
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'refused');
    expect(new URLSearchParams(window.location.search).get('q')).toBe('refused');
    expect(screen.getByText(/1 match for “refused”/)).toBeTruthy();
    // "refused" is only in the Moscow meeting's passage, not in its label.
    expect(moscowButton()!.className).toMatch(/is-match/);
    expect(statementButton()!.className).toMatch(/is-dimmed/);

    await user.click(screen.getByRole('button', { name: 'List' }));
    const list = screen.getByRole('region', { name: 'Event list' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect([...list.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['refused']);

    await user.clear(screen.getByRole('searchbox', { name: 'Search events' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'nothing like this');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(within(screen.getByRole('region', { name: 'Event list' })).getAllByRole('listitem')).toHaveLength(3);
  });
});

function actorsGroup() {
  return screen.getByRole('group', { name: 'Actors' });
}
