// The explorer's state in the URL: `?event=<id>&actors=<id>,<id>`. Pure parse
// and serialize; ids are percent-encoded one by one so a comma stays a
// separator. Other query parameters are kept as they are.

export interface UrlState {
  event: string | null;
  actors: string[];
}

export const emptyUrlState: UrlState = { event: null, actors: [] };

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
  let event: string | null = null;
  let actors: string[] = [];
  for (const [key, value] of rawParams(search)) {
    if (key === 'event' && value !== '') event = decode(value);
    if (key === 'actors') actors = [...new Set(value.split(',').filter((v) => v !== '').map(decode))];
  }
  return { event, actors };
}

/** A search string ("" or "?…") for the state, keeping unrelated parameters of `current`. */
export function serializeUrlState(state: UrlState, current = ''): string {
  const kept = rawParams(current).filter(([key]) => key !== 'event' && key !== 'actors').map(([k, v]) => `${k}=${v}`);
  const own: string[] = [];
  if (state.event) own.push(`event=${encodeURIComponent(state.event)}`);
  if (state.actors.length > 0) own.push(`actors=${state.actors.map(encodeURIComponent).join(',')}`);
  const all = [...kept, ...own];
  return all.length === 0 ? '' : `?${all.join('&')}`;
}

/** Drops ids the data does not know, so a stale link still opens the rest. */
export function resolveUrlState(
  state: UrlState,
  known: { events: ReadonlySet<string>; actors: ReadonlySet<string> },
): UrlState {
  return {
    event: state.event !== null && known.events.has(state.event) ? state.event : null,
    actors: state.actors.filter((id) => known.actors.has(id)),
  };
}
