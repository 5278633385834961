import { eventsAsTold, toldId } from '../../src/model/mergedView';
import type { MergedEvent, TimelineEvent } from '../../src/model/schema';

function event(id: string, start: string, article: string, precision: TimelineEvent['date']['precision'] = 'day'): TimelineEvent {
  return {
    id,
    label: id,
    actors: [],
    date: { start, end: start, precision, text: start },
    kind: 'point',
    attribution: null,
    dateReason: { rule: 'month-day', expression: start },
    duration: null,
    importance: { score: 0.5, reasons: [] },
    sources: [{ articleId: article, start: 0, end: 1, quote: 'x' }],
  } as TimelineEvent;
}

describe('eventsAsTold', () => {
  const a = event('a-war', '2020-01-01', 'a', 'year');
  const b = event('b-war', '2020-09-27', 'b');
  const c = event('c-vote', '2021-06-20', 'c');
  const merged: MergedEvent = { ...b, id: 'b-war', members: ['a-war', 'b-war'], sources: [...b.sources, ...a.sources] };

  it('shows a merged happening once, in place of its members, and leaves the rest', () => {
    expect(eventsAsTold({ events: [a, b, c], merged: [merged] }).map((e) => e.id)).toEqual(['b-war', 'c-vote']);
    expect(eventsAsTold({ events: [a, b, c], merged: [merged] })[0]!.sources).toHaveLength(2);
  });

  it('keeps the events as they are when nothing is merged', () => {
    const events = [a, b, c];
    expect(eventsAsTold({ events })).toBe(events);
  });

  it('puts a merged event in date order by its own date', () => {
    const early = event('z-early', '2020-03-01', 'z');
    // Member a-war comes first (2020-01-01, year) but the merged date is 27 September.
    expect(eventsAsTold({ events: [a, early, b, c], merged: [merged] }).map((e) => e.id)).toEqual(['z-early', 'b-war', 'c-vote']);
  });

  it('maps a member id to the merged event shown for it', () => {
    expect(toldId({ merged: [merged] }, 'a-war')).toBe('b-war');
    expect(toldId({ merged: [merged] }, 'c-vote')).toBe('c-vote');
  });
});
