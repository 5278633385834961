import { describe, expect, it } from 'vitest';
import { eventMatches, highlightParts, matchingEventIds, searchTerms } from '../../src/timeline/searchEvents';
import { detailsById } from '../../src/model/eventParts';
import { sampleDetails, sampleEvents } from './sample';

const details = detailsById(sampleDetails);

describe('searchEvents', () => {
  it('searchTerms splits the query into distinct lower-case words', () => {
    expect(searchTerms('  Moscow   meeting moscow ')).toEqual(['moscow', 'meeting']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('eventMatches looks in the label and in the quoted passage, every word in any case', () => {
    const meeting = sampleEvents[0]!;
    const passages = details.get(meeting.id);
    expect(eventMatches(meeting, ['moscow'], passages)).toBe(true);
    // "refused" is only in the passage, not in the label.
    expect(eventMatches(meeting, ['refused', 'meeting'], passages)).toBe(true);
    expect(eventMatches(meeting, ['moscow', 'pashinyan'], passages)).toBe(false);
  });

  it('finds labels alone while the passages have not loaded', () => {
    const meeting = sampleEvents[0]!;
    expect(eventMatches(meeting, ['refused'], undefined)).toBe(false);
    expect(eventMatches(meeting, ['moscow'], undefined)).toBe(true);
    expect(matchingEventIds(sampleEvents, ['since', '1991'], null)).toEqual(new Set());
  });

  it('matchingEventIds is null without a query and the matching ids otherwise', () => {
    expect(matchingEventIds(sampleEvents, [], details)).toBeNull();
    expect(matchingEventIds(sampleEvents, ['since', '1991'], details)).toEqual(new Set(['tension-1991']));
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
