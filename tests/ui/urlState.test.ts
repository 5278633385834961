import { describe, expect, it } from 'vitest';
import {
  describeIgnored, emptyUrlState, keepUnchangedLists, MAX_PARAMETER_LENGTH, parseUrlState, readUrlState, resolveUrlState, serializeUrlState, unknownIds,
} from '../../src/ui/urlState';

describe('urlState', () => {
  it('parseUrlState reads the selected event and the checked actors', () => {
    expect(parseUrlState('?event=moscow-meeting&actors=russia,armenia')).toEqual({
      ...emptyUrlState, event: 'moscow-meeting', actors: ['russia', 'armenia'],
    });
    expect(parseUrlState('')).toEqual(emptyUrlState);
    expect(parseUrlState('?actors=&event=')).toEqual(emptyUrlState);
  });

  it('serializeUrlState writes only what is set and round-trips odd ids', () => {
    expect(serializeUrlState(emptyUrlState)).toBe('');
    const state = { ...emptyUrlState, event: 'a b&c', actors: ['x,y', 'z'] };
    const search = serializeUrlState(state);
    expect(search).toBe('?event=a%20b%26c&actors=x%2Cy,z');
    expect(parseUrlState(search)).toEqual(state);
  });

  it('serializeUrlState keeps unrelated parameters of the current URL', () => {
    expect(serializeUrlState({ ...emptyUrlState, event: 'e1' }, '?debug=1&event=old&from=2000-01-01&to=2001-01-01')).toBe('?debug=1&event=e1');
  });

  it('parseUrlState survives malformed escapes and repeated actors', () => {
    expect(parseUrlState('?event=%E0%A4%A&actors=a,a,b')).toEqual({ ...emptyUrlState, event: '%E0%A4%A', actors: ['a', 'b'] });
  });

  it('resolveUrlState ignores ids the data does not know', () => {
    const known = { events: new Set(['e1']), actors: new Set(['russia']) };
    expect(resolveUrlState({ ...emptyUrlState, event: 'gone', actors: ['russia', 'ghost'] }, known)).toEqual({ ...emptyUrlState, actors: ['russia'] });
    expect(resolveUrlState({ ...emptyUrlState, event: 'e1' }, known)).toEqual({ ...emptyUrlState, event: 'e1' });
  });

  it('parseUrlState reads the key events switch, an article to read and the embedded view, and round-trips them', () => {
    const state = parseUrlState('?show=key&read=a%2F1&embed=1');
    expect(state).toEqual({ ...emptyUrlState, key: true, read: 'a/1', embed: true });
    expect(serializeUrlState(state)).toBe('?show=key&read=a%2F1&embed=1');
    const odd = readUrlState('?show=everything&embed=yes');
    expect(odd.state).toEqual(emptyUrlState);
    expect(describeIgnored(odd.ignored)).toBe('Part of this link could not be used: unknown show “everything”; unknown embed “yes”.');
    const known = { events: new Set<string>(), actors: new Set<string>(), articles: new Set(['a1']) };
    expect(resolveUrlState({ ...emptyUrlState, read: 'gone' }, known).read).toBeNull();
    expect(describeIgnored(unknownIds({ ...emptyUrlState, read: 'gone' }, known))).toBe('Part of this link could not be used: unknown article “gone” to read.');
  });

  it('parseUrlState reads the visible window and the axis, and round-trips them', () => {
    const state = parseUrlState('?from=2022-12-10&to=2022-12-25&axis=linear');
    expect(state).toEqual({ ...emptyUrlState, from: '2022-12-10', to: '2022-12-25', axis: 'linear' });
    expect(serializeUrlState(state)).toBe('?from=2022-12-10&to=2022-12-25&axis=linear');
  });

  it('parseUrlState ignores a malformed, half or reversed window and an unknown axis', () => {
    for (const search of ['?from=2022-13-45&to=2022-12-25', '?from=2022-12-10', '?from=2022-12-25&to=2022-12-10', '?from=x&to=y']) {
      const state = parseUrlState(`${search}&axis=curved`);
      expect([state.from, state.to, state.axis]).toEqual([null, null, null]);
    }
  });

  it('parseUrlState reads the list view and the search, and serializeUrlState writes them back', () => {
    const state = parseUrlState('?view=list&q=peace%20talks');
    expect(state).toEqual({ ...emptyUrlState, view: 'list', q: 'peace talks' });
    expect(serializeUrlState(state)).toBe('?view=list&q=peace%20talks');
    expect(parseUrlState('?view=gallery&q=').view).toBe('timeline');
    expect(serializeUrlState({ ...emptyUrlState, q: '   ' })).toBe('');
  });

  it('parseUrlState reads lanes by actor, serializeUrlState writes it back, and anything else means no lanes', () => {
    const state = parseUrlState('?actors=russia&lanes=actor');
    expect(state).toEqual({ ...emptyUrlState, actors: ['russia'], lanes: 'actor' });
    expect(serializeUrlState(state)).toBe('?actors=russia&lanes=actor');
    expect(parseUrlState('?lanes=country').lanes).toBeNull();
    expect(serializeUrlState({ ...emptyUrlState, lanes: null }, '?lanes=actor')).toBe('');
  });

  it('readUrlState reports nothing for a clean link, an empty one, or parameters that are not its own', () => {
    expect(readUrlState('?event=e1&actors=a,b&from=2022-12-10&to=2022-12-25&axis=linear&view=list&q=talks&lanes=actor').ignored).toEqual([]);
    expect(readUrlState('').ignored).toEqual([]);
    expect(readUrlState('?event=&actors=&from=&to=&axis=&q=').ignored).toEqual([]);
    expect(readUrlState('?utm_source=x&utm_source=y&debug').ignored).toEqual([]);
    expect(readUrlState('?view=timeline')).toEqual({ state: emptyUrlState, ignored: [] });
  });

  it('readUrlState reports a reversed, malformed or half window and keeps the rest of the link', () => {
    expect(readUrlState('?from=2022-13-01&to=2022-01-01&axis=linear')).toEqual({
      state: { ...emptyUrlState, axis: 'linear' },
      ignored: [{ kind: 'window', from: '2022-13-01', to: '2022-01-01' }],
    });
    expect(readUrlState('?from=2022-12-25&to=2022-12-10').ignored).toEqual([{ kind: 'window', from: '2022-12-25', to: '2022-12-10' }]);
    expect(readUrlState('?to=2022-12-10').ignored).toEqual([{ kind: 'window', from: null, to: '2022-12-10' }]);
  });

  it('readUrlState reports unknown axis, view and lanes values, decoded', () => {
    const { state, ignored } = readUrlState('?axis=curved&view=gallery&lanes=country%20x&actors=russia');
    expect(state).toEqual({ ...emptyUrlState, actors: ['russia'] });
    expect(ignored).toEqual([
      { kind: 'unknown-value', key: 'axis', value: 'curved' },
      { kind: 'unknown-value', key: 'view', value: 'gallery' },
      { kind: 'unknown-value', key: 'lanes', value: 'country x' },
    ]);
  });

  it('readUrlState uses the first of a repeated parameter and reports the repetition', () => {
    const { state, ignored } = readUrlState('?event=first&event=second&actors=a&axis=linear&event=third');
    expect(state).toEqual({ ...emptyUrlState, event: 'first', actors: ['a'], axis: 'linear' });
    expect(ignored).toEqual([{ kind: 'repeated', key: 'event', count: 3 }]);
  });

  it('readUrlState refuses a 100 KB value without reading it and keeps the other parameters', () => {
    const huge = 'x'.repeat(100 * 1024);
    const { state, ignored } = readUrlState(`?q=${huge}&event=e1&from=${huge}&to=2022-01-01`);
    expect(state).toEqual({ ...emptyUrlState, event: 'e1' });
    // The window is reported once, as too long, not a second time as half a window.
    expect(ignored).toEqual([
      { kind: 'too-long', key: 'q', length: 102400 },
      { kind: 'too-long', key: 'from', length: 102400 },
    ]);
    expect(readUrlState(`?q=${'y'.repeat(MAX_PARAMETER_LENGTH)}`).state.q).toHaveLength(MAX_PARAMETER_LENGTH);
  });

  it('unknownIds names the event and the actors that resolveUrlState drops', () => {
    const known = { events: new Set(['e1']), actors: new Set(['russia']) };
    const state = { ...emptyUrlState, event: 'gone', actors: ['russia', 'ghost', 'phantom'] };
    expect(unknownIds(state, known)).toEqual([{ kind: 'unknown-event', id: 'gone' }, { kind: 'unknown-actors', ids: ['ghost', 'phantom'] }]);
    expect(unknownIds({ ...emptyUrlState, event: 'e1', actors: ['russia'] }, known)).toEqual([]);
  });

  it('keepUnchangedLists reuses the actor and article lists when only the view moved', () => {
    const before = parseUrlState('?actors=russia,armenia&articles=a1&from=2022-01-01&to=2022-02-01');
    const after = keepUnchangedLists(before, parseUrlState('?actors=russia,armenia&articles=a1&from=2022-01-05&to=2022-02-05'));
    expect(after.actors).toBe(before.actors);
    expect(after.articles).toBe(before.articles);
    expect(after.from).toBe('2022-01-05');
    const changed = keepUnchangedLists(before, parseUrlState('?actors=russia&articles=a1'));
    expect(changed.actors).toEqual(['russia']);
    expect(changed.articles).toBe(before.articles);
  });

  it('resolveUrlState hands on the same lists when every id is known, so the filters do not run again', () => {
    const known = { events: new Set(['e1']), actors: new Set(['russia', 'armenia']), articles: new Set(['a1']) };
    const state = parseUrlState('?actors=russia,armenia&articles=a1&from=2022-01-01&to=2022-02-01');
    const resolved = resolveUrlState(state, known);
    expect(resolved.actors).toBe(state.actors);
    expect(resolved.articles).toBe(state.articles);
    expect(resolveUrlState({ ...state, actors: ['russia', 'ghost'] }, known).actors).toEqual(['russia']);
  });

  it('unknownIds and describeIgnored name the article ids of a link that the data does not hold', () => {
    const known = { events: new Set(['e1']), actors: new Set(['russia']), articles: new Set(['harbour-strike']) };
    const state = { ...emptyUrlState, articles: ['harbour-strike', 'old-report'] };
    const parts = unknownIds(state, known);
    expect(parts).toEqual([{ kind: 'unknown-articles', ids: ['old-report'] }]);
    expect(describeIgnored(parts)).toBe('Part of this link could not be used: unknown article “old-report”.');
    expect(unknownIds({ ...emptyUrlState, articles: ['harbour-strike'] }, known)).toEqual([]);
  });

  it('describeIgnored says in one sentence what was not used, and nothing when all was', () => {
    expect(describeIgnored([])).toBeNull();
    expect(describeIgnored([{ kind: 'unknown-event', id: 'x' }, { kind: 'window', from: '2022-13-01', to: '2022-01-01' }])).toBe(
      'Part of this link could not be used: unknown event “x”; the window 2022-13-01…2022-01-01 is not a valid range.',
    );
    expect(describeIgnored([{ kind: 'unknown-actors', ids: ['a', 'b'] }, { kind: 'repeated', key: 'event', count: 2 }])).toBe(
      'Part of this link could not be used: unknown actors “a” and “b”; event was given 2 times (the first was used).',
    );
    expect(describeIgnored([{ kind: 'too-long', key: 'q', length: 102400 }, { kind: 'unknown-value', key: 'axis', value: 'curved' }])).toBe(
      'Part of this link could not be used: the search is too long (102,400 characters); unknown axis “curved”.',
    );
    expect(describeIgnored([{ kind: 'window', from: null, to: '2022-01-01' }])).toContain('the window needs both a start and an end');
  });

  it('describeIgnored cuts long values and long lists short', () => {
    const long = 'z'.repeat(500);
    const text = describeIgnored([{ kind: 'unknown-event', id: long }, { kind: 'unknown-actors', ids: ['a', 'b', 'c', 'd', 'e'] }])!;
    expect(text).toContain(`unknown event “${'z'.repeat(39)}…”`);
    expect(text).not.toContain('z'.repeat(40));
    expect(text).toContain('unknown actors “a”, “b”, “c” and 2 more');
  });
});
