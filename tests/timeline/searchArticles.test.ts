import { describe, expect, it } from 'vitest';
import { articleMentions } from '../../src/timeline/searchArticles';
import { searchTerms } from '../../src/timeline/searchEvents';

describe('articleMentions', () => {
  const texts = new Map([
    ['corridor', 'Trucks waited at the Orlo corridor. The corridor stayed shut; ORLO drivers slept in cabs.'],
    ['talks', 'Envoys met in a lakeside hotel.'],
  ]);

  it('articleMentions finds the articles holding every word of the query, in any case, and counts them', () => {
    expect(articleMentions(texts, searchTerms('orlo'))).toEqual([{ articleId: 'corridor', count: 2 }]);
    expect(articleMentions(texts, searchTerms('Corridor drivers'))).toEqual([{ articleId: 'corridor', count: 3 }]);
  });

  it('articleMentions finds nothing when one word is missing, or when there is nothing to search for', () => {
    expect(articleMentions(texts, searchTerms('orlo envoys'))).toEqual([]);
    expect(articleMentions(texts, [])).toEqual([]);
  });
});
