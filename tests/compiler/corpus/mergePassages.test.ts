// Passages that retell a merged happening with no event of their own: invented
// articles of a chain seeking court protection, told by two outlets.
import { ownDayNoun, retellsCount, withRetoldPassages, type ArticleReading } from '../../../src/compiler/corpus/mergePassages';
import type { Article, MergedEvent, TimelineEvent } from '../../../src/model/schema';

/** An article of paragraphs, with an event for each paragraph named in `dated` (its date words and day). */
function article(id: string, published: string, paragraphs: string[], dated: Record<number, { text: string; day: string; importance?: number; label?: string }>): ArticleReading {
  const text = `\n${paragraphs.join('\n\n')}\n`;
  const events: TimelineEvent[] = [];
  for (const [k, d] of Object.entries(dated)) {
    const quote = paragraphs[Number(k)]!;
    const start = text.indexOf(quote);
    const at = start + quote.indexOf(d.text);
    events.push({
      id: `${id}-${k}`,
      label: d.label ?? quote.replace(/\.$/, ''),
      actors: [],
      date: { start: d.day, end: d.day, precision: 'day', text: d.text },
      kind: 'point',
      dateReason: { rule: 'test', expression: d.text },
      attribution: null,
      duration: null,
      importance: { score: d.importance ?? 0.5, reasons: [] },
      sources: [{ articleId: id, start, end: start + quote.length, quote, dateStart: at, dateEnd: at + d.text.length }],
    });
  }
  const meta: Article = { id, title: `${id} title`, published, publishedBasis: 'stated', publishedFrom: 'front matter', source: null, file: `${id}.txt`, eventCount: events.length, text };
  return { article: meta, events };
}

/** A merged event of the given members, sources in order, as the corpus pass lists it. */
function merged(...members: TimelineEvent[]): MergedEvent {
  return { ...members[0]!, sources: members.flatMap((m) => m.sources.map((s) => ({ ...s, eventId: m.id, date: m.date }))), members: members.map((m) => m.id) };
}

const wire = article(
  'wire',
  '2024-05-06',
  [
    'Halden Mills sought court protection from its creditors on Monday.',
    'The chain will shut 320 more stalls before the year is out.',
    'Halden said 320 stalls would shut within the next four months.',
    'The chain still runs 410 stalls, and 320 workers would lose their jobs.',
    '"Talks with our lenders began well before today\'s announcement," the chain said in its release.',
    'Its chief executive will step down on Monday, the chain said in the same release.',
  ],
  { 0: { text: 'on Monday', day: '2024-05-06', importance: 0.8 }, 1: { text: 'before the year is out', day: '2024-12-01' }, 5: { text: 'on Monday', day: '2024-05-06', importance: 0.5 } },
);
const paper = article(
  'paper',
  '2024-05-06',
  ['Halden Mills announced on Monday that it had sought court protection.', 'Halden Mills plans to shut 320 stalls late this year.', 'Its chief executive, who announced his plans on Monday, will step down.'],
  { 0: { text: 'on Monday', day: '2024-05-06', importance: 0.8 }, 1: { text: 'late this year', day: '2024-12-01' }, 2: { text: 'on Monday', day: '2024-05-06' } },
);
const event = (reading: ArticleReading, k: number) => reading.events.find((e) => e.id === `${reading.article.id}-${k}`)!;

describe('passages that retell a merged happening with no event of their own', () => {
  it('adds a sentence giving the same count of the same thing, told with another word the member shares', () => {
    const closures = merged(event(wire, 1), event(paper, 1));
    const [out] = withRetoldPassages([closures], [wire, paper]);
    const added = out!.sources.slice(closures.sources.length);
    expect(added.map((s) => s.quote)).toEqual(['Halden said 320 stalls would shut within the next four months.']);
    // The passage belongs with its article's own telling, and keeps no date of its own.
    expect(added[0]!.eventId).toBe('wire-1');
    expect(added[0]!.date).toBeUndefined();
    expect(out!.members).toEqual(closures.members);
  });

  it('says in the why-merged line which passage was added and on what evidence', () => {
    const closures = { ...merged(event(wire, 1), event(paper, 1)), merge: { explanation: 'Two articles report this.', links: [] } };
    const [out] = withRetoldPassages([closures], [wire, paper]);
    expect(out!.merge!.explanation).toBe('Two articles report this. Also told where its article makes no event of it, in wire: the same count, “320 stalls”.');
  });

  it('leaves alone another count, the same count of another thing, and a sentence that has an event', () => {
    expect(retellsCount('The chain still runs 410 stalls.', 'The chain will shut 320 more stalls')).toBeNull();
    expect(retellsCount('Some 320 workers would lose their jobs when the stalls shut.', 'The chain will shut 320 more stalls')).toBeNull();
    // The count and the thing alone, with nothing done to them in common.
    expect(retellsCount('Halden Mills counted 320 stalls in the spring.', 'The chain will shut 320 more stalls')).toBeNull();
    expect(retellsCount('Halden said 320 stalls would shut.', 'The chain will shut 320 more stalls')).toBe('320 stalls');
    // The words of a count's hedge are no deed in common: questioned and hurt are two things done to 320 people.
    expect(retellsCount('Investigators questioned more than 320 people there.', 'Police said more than 320 people were hurt in the blast')).toBeNull();
    expect(retellsCount('Investigators questioned more than 320 people there.', 'Police said more than 320 people were questioned')).toBe('320 people');
    const closures = merged(event(wire, 1), event(paper, 1));
    const [out] = withRetoldPassages([closures], [wire, paper]);
    expect(out!.sources.map((s) => s.quote)).not.toContain('The chain still runs 410 stalls, and 320 workers would lose their jobs.');
    // The paper's own sentences all have events: nothing is added from them.
    expect(out!.sources.filter((s) => s.articleId === 'paper')).toHaveLength(1);
  });

  it('adds a quoted "today\'s announcement" to the article\'s main merged happening of its day that the tellings name', () => {
    const filing = merged(event(wire, 0), event(paper, 0));
    const stepDown = merged(event(wire, 5), event(paper, 2));
    const [outFiling, outStep] = withRetoldPassages([filing, stepDown], [wire, paper]);
    const added = outFiling!.sources.slice(filing.sources.length);
    expect(added).toHaveLength(1);
    expect(added[0]!.quote).toMatch(/^"Talks with our lenders began well before today's announcement/);
    expect(added[0]!.date).toMatchObject({ start: '2024-05-06', end: '2024-05-06', precision: 'day', text: "today's" });
    expect(wire.article.text.slice(added[0]!.dateStart, added[0]!.dateEnd)).toBe("today's");
    expect(outFiling!.sources.slice(0, filing.sources.length)).toEqual(filing.sources);
    expect(outStep!.sources).toHaveLength(stepDown.sources.length);
  });

  it('leaves a "today\'s" alone when no merged happening of that day names its noun, or two are as important', () => {
    expect(ownDayNoun("It is today's market that worries them.", '2024-05-06')).toBeNull();
    expect(ownDayNoun("Yesterday's ruling was upheld.", '2024-05-06')).toMatchObject({ noun: 'ruling', day: '2024-05-05' });
    // The closures are merged, but are not of that day.
    const closures = merged(event(wire, 1), event(paper, 1));
    const [out] = withRetoldPassages([closures], [wire, paper]);
    expect(out!.sources.some((s) => s.quote.includes("today's"))).toBe(false);
    // Two merged happenings of the day, whose members in the article are as important, both naming an announcement.
    const even = article('even', '2024-05-06', ['Halden Mills announced on Monday that it sought protection.', 'Its chief executive announced on Monday that he will step down.', '"Before today\'s announcement we spoke to lenders," a director said.'], {
      0: { text: 'on Monday', day: '2024-05-06', importance: 0.6 },
      1: { text: 'on Monday', day: '2024-05-06', importance: 0.6 },
    });
    const results = withRetoldPassages([merged(event(even, 0), event(paper, 0)), merged(event(even, 1), event(paper, 2))], [even, paper]);
    expect(results.every((m) => !m.sources.some((s) => s.quote.includes("today's")))).toBe(true);
  });
});
