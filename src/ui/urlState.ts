// The explorer's state in the URL: `?event=<id>&actors=<id>,<id>
// &from=YYYY-MM-DD&to=YYYY-MM-DD&axis=linear|sparse&view=list&q=<words>&lanes=actor
// &articles=<id>,<id>&show=key&read=<article id>&embed=1`.
// Pure parse and serialize; ids are percent-encoded one by one so a comma
// stays a separator. Values that cannot be meant (a 13th month, an unknown
// axis, an id the data lacks, a value too long to be one) read as unset, and
// are listed so the page can say what it ignored. Other query parameters are
// kept as they are and never judged: they may belong to someone else.
import { windowFromDays } from '../timeline/viewWindow';
import type { AxisMode } from '../timeline/sparseGaps';

export interface UrlState {
  event: string | null;
  actors: string[];
  /** First and last day of the visible window; both null means "fit all". */
  from: string | null;
  to: string | null;
  /** null: the data decides (sparse when the events cluster). */
  axis: AxisMode | null;
  view: 'timeline' | 'list';
  /** The search query as typed; '' when there is none. */
  q: string;
  /** 'actor': one timeline row per actor; null: all events share one stack. */
  lanes: 'actor' | null;
  /** Article ids: only events with a source in one of them are shown; empty: all articles. */
  articles: string[];
  /** Only the key events: a summary of the story that fits the screen. */
  key: boolean;
  /** An article open in the panel on its own (from a search or a publication mark); the event wins when both are set. */
  read: string | null;
  /** Shown in another page's frame: the timeline without the side columns. */
  embed: boolean;
}

export const emptyUrlState: UrlState = {
  event: null, actors: [], from: null, to: null, axis: null, view: 'timeline', q: '', lanes: null, articles: [], key: false, read: null, embed: false,
};

const OWN_KEYS = new Set(['event', 'actors', 'from', 'to', 'axis', 'view', 'q', 'lanes', 'articles', 'show', 'read', 'embed']);

function rawParams(search: string): [string, string][] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    });
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** A part of a link that could not be used; the page ignores it and says so. */
export type IgnoredPart =
  | { kind: 'unknown-event'; id: string }
  | { kind: 'unknown-actors'; ids: string[] }
  | { kind: 'unknown-articles'; ids: string[] }
  | { kind: 'unknown-read'; id: string }
  | { kind: 'window'; from: string | null; to: string | null }
  | { kind: 'unknown-value'; key: ChoiceKey; value: string }
  | { kind: 'too-long'; key: string; length: number }
  | { kind: 'repeated'; key: string; count: number };

/**
 * Longer values are not read at all: no id, day or search is this long, and a
 * 100 KB search would make every keystroke's matching crawl.
 */
export const MAX_PARAMETER_LENGTH = 4096;

/** The state a search string asks for, and what in it was ignored (its own parameters only). */
export function readUrlState(search: string): { state: UrlState; ignored: IgnoredPart[] } {
  const state: UrlState = { ...emptyUrlState };
  const ignored: IgnoredPart[] = [];
  const seen = new Map<string, number>();
  for (const [key, value] of rawParams(search)) {
    if (!OWN_KEYS.has(key)) continue;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    // The first of a repeated parameter is used, as URLSearchParams.get would.
    if (count > 1) continue;
    if (value.length > MAX_PARAMETER_LENGTH) {
      ignored.push({ kind: 'too-long', key, length: value.length });
      continue;
    }
    if (key === 'event' && value !== '') state.event = decode(value);
    if (key === 'actors') state.actors = [...new Set(value.split(',').filter((v) => v !== '').map(decode))];
    if (key === 'from' && value !== '') state.from = decode(value);
    if (key === 'to' && value !== '') state.to = decode(value);
    if (key === 'axis' && (value === 'linear' || value === 'sparse')) state.axis = value;
    if (key === 'view' && value === 'list') state.view = 'list';
    if (key === 'q') state.q = decode(value);
    if (key === 'lanes' && value === 'actor') state.lanes = 'actor';
    if (key === 'articles') state.articles = [...new Set(value.split(',').filter((v) => v !== '').map(decode))];
    if (key === 'show' && value === 'key') state.key = true;
    if (key === 'read' && value !== '') state.read = decode(value);
    if (key === 'embed' && value === '1') state.embed = true;
    if (isChoice(key) && value !== '' && !KNOWN_VALUES[key].includes(value)) {
      ignored.push({ kind: 'unknown-value', key, value: decode(value) });
    }
  }
  for (const [key, count] of seen) if (count > 1) ignored.push({ kind: 'repeated', key, count });
  // A window needs both ends, each a real day, in order; anything else is ignored whole.
  if (windowFromDays(state.from, state.to) === null) {
    const endTooLong = ignored.some((part) => part.kind === 'too-long' && (part.key === 'from' || part.key === 'to'));
    if ((state.from !== null || state.to !== null) && !endTooLong) ignored.push({ kind: 'window', from: state.from, to: state.to });
    state.from = null;
    state.to = null;
  }
  return { state, ignored };
}

const KNOWN_VALUES = { axis: ['sparse', 'linear'], view: ['timeline', 'list'], lanes: ['actor'], show: ['key'], embed: ['1'] };
type ChoiceKey = keyof typeof KNOWN_VALUES;
const isChoice = (key: string): key is ChoiceKey => key in KNOWN_VALUES;

export function parseUrlState(search: string): UrlState {
  return readUrlState(search).state;
}

/** A search string ("" or "?…") for the state, keeping unrelated parameters of `current`. */
export function serializeUrlState(state: UrlState, current = ''): string {
  const kept = rawParams(current).filter(([key]) => !OWN_KEYS.has(key)).map(([k, v]) => `${k}=${v}`);
  const own: string[] = [];
  if (state.event) own.push(`event=${encodeURIComponent(state.event)}`);
  if (state.actors.length > 0) own.push(`actors=${state.actors.map(encodeURIComponent).join(',')}`);
  if (state.from && state.to) own.push(`from=${state.from}`, `to=${state.to}`);
  if (state.axis) own.push(`axis=${state.axis}`);
  if (state.view === 'list') own.push('view=list');
  if (state.q.trim() !== '') own.push(`q=${encodeURIComponent(state.q)}`);
  if (state.lanes === 'actor') own.push('lanes=actor');
  if (state.articles.length > 0) own.push(`articles=${state.articles.map(encodeURIComponent).join(',')}`);
  if (state.key) own.push('show=key');
  if (state.read) own.push(`read=${encodeURIComponent(state.read)}`);
  if (state.embed) own.push('embed=1');
  const all = [...kept, ...own];
  return all.length === 0 ? '' : `?${all.join('&')}`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * The next state with the previous state's lists where their contents did not
 * change, so filters memoised on them do not re-run when only the view moves.
 */
export function keepUnchangedLists(previous: UrlState | null, next: UrlState): UrlState {
  if (previous === null) return next;
  const actors = sameList(previous.actors, next.actors) ? previous.actors : next.actors;
  const articles = sameList(previous.articles, next.articles) ? previous.articles : next.articles;
  return actors === next.actors && articles === next.articles ? next : { ...next, actors, articles };
}

/** The ids the data holds: a set, or the lookup by id itself (no copy of ten thousand keys before the first draw). */
export type KnownIds = { has(id: string): boolean };

/** Drops ids the data does not know, so a stale link still opens the rest. */
export function resolveUrlState(
  state: UrlState,
  known: { events: KnownIds; actors: KnownIds; articles?: KnownIds },
): UrlState {
  return {
    ...state,
    event: state.event !== null && known.events.has(state.event) ? state.event : null,
    actors: knownOnly(state.actors, known.actors),
    articles: known.articles ? knownOnly(state.articles, known.articles) : state.articles,
    read: state.read !== null && (!known.articles || known.articles.has(state.read)) ? state.read : null,
  };
}

/** The list itself when every id is known (so what is memoised on it holds), else the known ids. */
function knownOnly(ids: string[], known: KnownIds): string[] {
  return ids.every((id) => known.has(id)) ? ids : ids.filter((id) => known.has(id));
}

/** The ids resolveUrlState drops, to tell the reader. */
export function unknownIds(
  state: UrlState,
  known: { events: KnownIds; actors: KnownIds; articles?: KnownIds },
): IgnoredPart[] {
  const parts: IgnoredPart[] = [];
  if (state.event !== null && !known.events.has(state.event)) parts.push({ kind: 'unknown-event', id: state.event });
  const actors = state.actors.filter((id) => !known.actors.has(id));
  if (actors.length > 0) parts.push({ kind: 'unknown-actors', ids: actors });
  const articles = known.articles ? state.articles.filter((id) => !known.articles!.has(id)) : [];
  if (articles.length > 0) parts.push({ kind: 'unknown-articles', ids: articles });
  if (state.read !== null && known.articles && !known.articles.has(state.read)) parts.push({ kind: 'unknown-read', id: state.read });
  return parts;
}

const PARAMETER_NAMES: Record<string, string> = {
  event: 'event', actors: 'actor list', from: 'window start', to: 'window end',
  axis: 'axis', view: 'view', q: 'search', lanes: 'lanes', articles: 'article list', show: 'show', read: 'article to read', embed: 'embed',
};

const SHOWN_LENGTH = 40;
const SHOWN_IDS = 3;

/** A value as the notice shows it: cut short, so a huge one cannot fill the screen. */
function shorten(value: string): string {
  return value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH - 1)}…` : value;
}

function quote(value: string): string {
  return `“${shorten(value)}”`;
}

function quoteList(values: string[]): string {
  const shown = values.slice(0, SHOWN_IDS).map(quote);
  const rest = values.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest.toLocaleString('en-US')} more`;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function describePart(part: IgnoredPart): string {
  switch (part.kind) {
    case 'unknown-event':
      return `unknown event ${quote(part.id)}`;
    case 'unknown-actors':
      return `${part.ids.length === 1 ? 'unknown actor' : 'unknown actors'} ${quoteList(part.ids)}`;
    case 'unknown-articles':
      return `${part.ids.length === 1 ? 'unknown article' : 'unknown articles'} ${quoteList(part.ids)}`;
    case 'unknown-read':
      return `unknown article ${quote(part.id)} to read`;
    case 'window':
      return part.from !== null && part.to !== null
        ? `the window ${shorten(part.from)}…${shorten(part.to)} is not a valid range`
        : 'the window needs both a start and an end (from and to)';
    case 'unknown-value':
      return `unknown ${part.key} ${quote(part.value)}`;
    case 'too-long':
      return `the ${PARAMETER_NAMES[part.key] ?? part.key} is too long (${part.length.toLocaleString('en-US')} characters)`;
    case 'repeated':
      return `${part.key} was given ${part.count} times (the first was used)`;
  }
}

/** One sentence for the notice, e.g. "Part of this link could not be used: unknown event “x”." */
export function describeIgnored(parts: readonly IgnoredPart[]): string | null {
  if (parts.length === 0) return null;
  return `Part of this link could not be used: ${parts.map(describePart).join('; ')}.`;
}
