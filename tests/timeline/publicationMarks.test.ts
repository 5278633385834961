import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../src/model/schema';
import { describePublication, publicationMarks } from '../../src/timeline/publicationMarks';
import { createTimeScale } from '../../src/timeline/timeScale';

const article = (id: string, title: string, published: string): ArticleMeta => ({
  id, title, published, publishedBasis: 'stated', publishedFrom: 'front matter', source: null, file: `${id}.md`, eventCount: 1,
});

describe('publicationMarks', () => {
  const articles = [
    article('b', 'Second report of the day', '2024-03-06'),
    article('a', 'Fire at the plant', '2024-03-06'),
    article('c', 'Inquiry opens', '2024-03-19'),
    article('old', 'Long before', '2020-01-01'),
  ];
  const scale = createTimeScale([Date.UTC(2024, 2, 1), Date.UTC(2024, 3, 1)], [0, 310]);

  it('publicationMarks gives one mark per day in the window, at that day, with its articles by title', () => {
    const marks = publicationMarks(articles, scale);
    expect(marks.map((m) => m.day)).toEqual(['2024-03-06', '2024-03-19']);
    expect(marks[0]!.x).toBeCloseTo(scale(Date.UTC(2024, 2, 6)));
    expect(marks[0]!.articles.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('describePublication names the day and the titles, the first three of a busy day', () => {
    const [first] = publicationMarks(articles, scale);
    expect(describePublication(first!)).toBe('Published 6 March 2024: Fire at the plant; Second report of the day');
    const busy = { day: '2024-03-06', x: 0, articles: ['A', 'B', 'C', 'D', 'E'].map((t) => article(t, t, '2024-03-06')) };
    expect(describePublication(busy)).toBe('Published 6 March 2024: A; B; C; and 2 more');
  });
});
