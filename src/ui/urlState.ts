// The explorer's state in the URL: `?event=<id>&actors=<id>,<id>
// &from=YYYY-MM-DD&to=YYYY-MM-DD&axis=linear|sparse&view=list&q=<words>&lanes=actor`.
// Pure parse and serialize; ids are percent-encoded one by one so a comma
// stays a separator. Values that cannot be meant (a 13th month, an unknown
// axis) read as unset. Other query parameters are kept as they are.
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
}

export const emptyUrlState: UrlState = { event: null, actors: [], from: null, to: null, axis: null, view: 'timeline', q: '', lanes: null };

const OWN_KEYS = new Set(['event', 'actors', 'from', 'to', 'axis', 'view', 'q', 'lanes']);

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

export function parseUrlState(search: string): UrlState {
  const state: UrlState = { ...emptyUrlState };
  for (const [key, value] of rawParams(search)) {
    if (key === 'event' && value !== '') state.event = decode(value);
    if (key === 'actors') state.actors = [...new Set(value.split(',').filter((v) => v !== '').map(decode))];
    if (key === 'from') state.from = decode(value);
    if (key === 'to') state.to = decode(value);
    if (key === 'axis' && (value === 'linear' || value === 'sparse')) state.axis = value;
    if (key === 'view' && value === 'list') state.view = 'list';
    if (key === 'q') state.q = decode(value);
    if (key === 'lanes' && value === 'actor') state.lanes = 'actor';
  }
  // A window needs both ends, each a real day, in order; anything else is ignored whole.
  if (windowFromDays(state.from, state.to) === null) {
    state.from = null;
    state.to = null;
  }
  return state;
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
  const all = [...kept, ...own];
  return all.length === 0 ? '' : `?${all.join('&')}`;
}

/** Drops ids the data does not know, so a stale link still opens the rest. */
export function resolveUrlState(
  state: UrlState,
  known: { events: ReadonlySet<string>; actors: ReadonlySet<string> },
): UrlState {
  return {
    ...state,
    event: state.event !== null && known.events.has(state.event) ? state.event : null,
    actors: state.actors.filter((id) => known.actors.has(id)),
  };
}
