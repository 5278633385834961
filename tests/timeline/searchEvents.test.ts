import { describe, expect, it } from 'vitest';
import { eventMatches, highlightParts, matchingEventIds, searchTerms } from '../../src/timeline/searchEvents';
import { sampleEvents } from './sample';

describe('searchEvents', () => {
  it('searchTerms splits the query into distinct lower-case words', () => {
    expect(searchTerms('  Moscow   meeting moscow ')).toEqual(['moscow', 'meeting']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('eventMatches looks in the label and in the quoted passage, every word in any case', () => {
    const meeting = sampleEvents[0]!;
    expect(eventMatches(meeting, ['moscow'])).toBe(true);
    // "refused" is only in the passage, not in the label.
    expect(eventMatches(meeting, ['refused', 'meeting'])).toBe(true);
    expect(eventMatches(meeting, ['moscow', 'pashinyan'])).toBe(false);
  });

  it('matchingEventIds is null without a query and the matching ids otherwise', () => {
    expect(matchingEventIds(sampleEvents, [])).toBeNull();
    expect(matchingEventIds(sampleEvents, ['since', '1991'])).toEqual(new Set(['tension-1991']));
  });

  it('highlightParts marks every occurrence of any term and keeps the text whole', () => {
    const parts = highlightParts('Moscow meeting in MOSCOW', ['moscow']);
    expect(parts).toEqual([
      { text: 'Moscow', match: true },
      { text: ' meeting in ', match: false },
      { text: 'MOSCOW', match: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('Moscow meeting in MOSCOW');
    expect(highlightParts('a (b) c', ['(b)'])).toEqual([
      { text: 'a ', match: false },
      { text: '(b)', match: true },
      { text: ' c', match: false },
    ]);
    expect(highlightParts('plain', [])).toEqual([{ text: 'plain', match: false }]);
  });
});
