// The actor filter: one checkbox per actor, named by the actor's name, with
// the number of events it would keep as its description and its colour as on
// the timeline. People, organisations and groups sit under their country; a
// text box narrows the list by name or alias; Clear unchecks everything.
// Actors with no event among those shown wait behind "Show all actors". On
// phones the list is folded behind a button.
import { useId, useMemo, useState, type CSSProperties, memo } from 'react';
import type { Actor } from '../model/schema';
import { filterActorGroups, groupActorsByCountry, type ActorGroup } from '../timeline/actorGroups';

interface ActorFilterProps {
  actors: readonly Actor[];
  /** Each actor's colour (actorColors.ts). */
  colors: ReadonlyMap<string, string>;
  /** null while they are being counted: the list waits for them. */
  counts: ReadonlyMap<string, number> | null;
  checked: readonly string[];
  onChange: (checked: string[]) => void;
}

// Memoised: the explorer draws again on every zoom or pan step, which changes none of its props.
export const ActorFilter = memo(function ActorFilter({ actors, colors, counts, checked, onChange }: ActorFilterProps) {
  const idPrefix = useId();
  const [query, setQuery] = useState('');
  // On phones the list folds away behind a button so the timeline starts near the top; wide screens ignore this.
  const [open, setOpen] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const groups = useMemo(() => groupActorsByCountry(actors), [actors]);
  const checkedSet = new Set(checked);
  const active = (actor: Actor) => (counts?.get(actor.id) ?? 0) > 0 || checkedSet.has(actor.id);
  const idle = counts ? actors.filter((actor) => !active(actor)).length : 0;
  const shown = counts ? filterActorGroups(showAll ? groups : withEvents(groups, active), query) : [];
  const toggle = (id: string) =>
    onChange(checkedSet.has(id) ? checked.filter((c) => c !== id) : [...checked, id]);

  const item = (actor: Actor) => {
    const inputId = `${idPrefix}-${actor.id}`;
    const count = counts?.get(actor.id) ?? 0;
    return (
      <div className={`filter-item kind-${actor.kind}`} style={{ '--actor': colors.get(actor.id) } as CSSProperties}>
        <input
          type="checkbox"
          id={inputId}
          checked={checkedSet.has(actor.id)}
          onChange={() => toggle(actor.id)}
          aria-describedby={`${inputId}-count`}
        />
        <label htmlFor={inputId}>
          <span className="swatch" aria-hidden="true" />
          {actor.name}
        </label>
        <span className="filter-count" id={`${inputId}-count`}>
          {count} {count === 1 ? 'event' : 'events'}
        </span>
      </div>
    );
  };

  return (
    <aside className={`filter${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="filter-toggle tool tool-text"
        aria-expanded={open}
        aria-controls={`${idPrefix}-actors`}
        onClick={() => setOpen(!open)}
      >
        Actors{checked.length > 0 ? ` · ${checked.length} checked` : ''}
      </button>
      <fieldset id={`${idPrefix}-actors`}>
        <legend>Actors</legend>
        <div className="filter-tools">
          <input
            type="search"
            className="filter-find"
            placeholder="Find an actor"
            aria-label="Find an actor"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="button" className="tool tool-text" onClick={() => onChange([])} disabled={checked.length === 0}>
            Clear
          </button>
        </div>
        <p className="filter-hint">
          {checked.length === 0 ? 'Check actors to show only their events.' : `${checked.length} checked: their events are shown.`}
        </p>
        {counts ? null : <p className="filter-hint">Counting each actor’s events…</p>}
        {shown.length === 0 && query.trim() !== '' ? <p className="filter-hint">No actor matches “{query.trim()}”{showAll || idle === 0 ? '' : ' among those with events'}.</p> : null}
        <ul className="filter-list">
          {shown.map((group) => (
            <li key={group.country?.id ?? ''} className="filter-group">
              {group.country ? item(group.country) : <p className="filter-group-title">No country</p>}
              {group.members.length > 0 ? (
                <ul className="filter-members" aria-label={group.country ? `In ${group.country.name}` : 'No country'}>
                  {group.members.map((actor) => (
                    <li key={actor.id}>{item(actor)}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
        {idle > 0 ? (
          <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Hide actors with no events' : `Show all actors (${idle} with no events)`}
          </button>
        ) : null}
      </fieldset>
    </aside>
  );
});

/** The groups without the actors `active` turns down; a country stays while one of its members does. */
function withEvents(groups: readonly ActorGroup[], active: (actor: Actor) => boolean): ActorGroup[] {
  return groups
    .map((group) => ({ country: group.country, members: group.members.filter(active) }))
    .filter((group) => (group.country !== null && active(group.country)) || group.members.length > 0);
}
