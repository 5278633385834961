// The actor filter: one checkbox per actor, named by the actor's name, with
// the number of events it would keep as its description.
import { useId } from 'react';
import type { Actor } from '../model/schema';
import { sortActorsForFilter } from '../timeline/actorFilter';

interface ActorFilterProps {
  actors: readonly Actor[];
  counts: ReadonlyMap<string, number>;
  checked: readonly string[];
  onChange: (checked: string[]) => void;
}

export function ActorFilter({ actors, counts, checked, onChange }: ActorFilterProps) {
  const idPrefix = useId();
  const checkedSet = new Set(checked);
  const toggle = (id: string) =>
    onChange(checkedSet.has(id) ? checked.filter((c) => c !== id) : [...checked, id]);

  return (
    <aside className="filter">
      <fieldset>
        <legend>Actors</legend>
        {checked.length > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Clear filter
          </button>
        ) : (
          <p className="filter-hint">Check actors to show only their events.</p>
        )}
        <ul className="filter-list">
          {sortActorsForFilter(actors).map((actor, i) => {
            const inputId = `${idPrefix}-actor-${i}`;
            const count = counts.get(actor.id) ?? 0;
            return (
              <li key={actor.id} className={`filter-item kind-${actor.kind}`}>
                <input
                  type="checkbox"
                  id={inputId}
                  checked={checkedSet.has(actor.id)}
                  onChange={() => toggle(actor.id)}
                  aria-describedby={`${inputId}-count`}
                />
                <label htmlFor={inputId}>
                  <span className="swatch" aria-hidden="true" title={actor.kind} />
                  {actor.name}
                </label>
                <span className="filter-count" id={`${inputId}-count`}>
                  {count} {count === 1 ? 'event' : 'events'}
                </span>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </aside>
  );
}
