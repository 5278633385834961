import { describe, expect, it } from 'vitest';
import { exportedEventsSchema } from '../../src/model/schema';
import { csvCell, eventsToCsv } from '../../src/timeline/exportCsv';
import { eventsToIndex, eventsToJson } from '../../src/timeline/exportJson';
import { escapeHtml, eventsToTimelineJs, timelineJsDate } from '../../src/timeline/exportTimelineJs';
import { makeEvent, sampleActors, sampleEvents, sampleIndex } from './sample';

const actors = new Map(sampleActors.map((actor) => [actor.id, actor]));
const articles = new Map(sampleIndex.articles.map((article) => [article.id, article]));

/** A small RFC 4180 reader, to check that what we write reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

/** A second article and an event both articles report, each source with its own wording of the date. */
const wire = { ...sampleIndex.articles[0]!, id: 'wire', title: 'Meeting off, says wire', source: 'https://wire.example.net/a/1', published: '2022-12-23', publishedBasis: 'stated' as const };
const withWire = new Map([...articles, ['wire', wire]]);
const merged = makeEvent({
  ...sampleEvents[0]!,
  id: 'merged-meeting',
  sources: [
    sampleEvents[0]!.sources[0]!,
    { articleId: 'wire', start: 0, end: 10, quote: 'The meeting set for Dec. 23 is off.', date: { start: '2022-12-23', end: '2022-12-23', precision: 'day', text: 'Dec. 23' } },
  ],
});

describe('exportCsv', () => {
  it('eventsToCsv writes a header and one row per event and source that reads back intact', () => {
    const rows = readCsv(eventsToCsv(sampleEvents, actors, articles));
    expect(rows[0]).toEqual(['event_id', 'label', 'start', 'end', 'precision', 'date_text', 'actors', 'article_title', 'outlet', 'source_url', 'published', 'quote']);
    expect(rows).toHaveLength(4);
    const meeting = rows[1]!;
    expect(meeting[1]).toBe('Moscow meeting to prepare a peace agreement');
    expect(meeting.slice(2, 7)).toEqual(['2022-12-23', '2022-12-23', 'day', 'Friday', 'Russia']);
    expect(meeting.slice(7, 11)).toEqual(['Talks collapse in Moscow', 'example.org', 'https://example.org/news/talks', '2022-12-22']);
    // The quote holds a comma; it stays one cell.
    expect(meeting[11]).toBe(sampleEvents[0]!.sources[0]!.quote);
    expect(meeting).toHaveLength(12);
  });

  it('eventsToCsv lists every source of a merged event, each with its outlet, link, publication day and wording', () => {
    const rows = readCsv(eventsToCsv([merged], actors, withWire)).slice(1);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r[0])).toEqual(['merged-meeting', 'merged-meeting']);
    expect(rows[1]!.slice(5, 12)).toEqual(['Dec. 23', 'Russia', 'Meeting off, says wire', 'wire.example.net', 'https://wire.example.net/a/1', '2022-12-23', 'The meeting set for Dec. 23 is off.']);
  });

  it('csvCell quotes commas, quotes and line breaks, and keeps formulas as text', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1')).toBe("'-1");
  });
});

describe('exportJson', () => {
  it('eventsToIndex keeps only the actors and articles the events need, memberships included, and matches the contract', () => {
    const statement = sampleEvents[1]!; // by the prime minister, a member of Armenia
    const subset = eventsToIndex([statement], sampleIndex);
    expect(subset.actors.map((a) => a.id).sort()).toEqual(['armenia', 'pm']);
    expect(subset.articles.map((a) => a.id)).toEqual(['talks']);
    expect(exportedEventsSchema.safeParse(JSON.parse(eventsToJson([statement], sampleIndex))).success).toBe(true);
  });
});

describe('exportTimelineJs', () => {
  const options = { articles: withWire, title: 'Talks & tensions', description: '3 events from 1 article.', groupOf: (e: { actors: string[] }) => actors.get(e.actors[0] ?? '')?.name ?? null };

  it('timelineJsDate gives only the parts the precision vouches for', () => {
    expect(timelineJsDate('2022-12-23', 'day')).toEqual({ year: 2022, month: 12, day: 23 });
    expect(timelineJsDate('2020-09-01', 'season')).toEqual({ year: 2020, month: 9 });
    expect(timelineJsDate('1991-01-01', 'year')).toEqual({ year: 1991 });
  });

  it('eventsToTimelineJs writes a title slide and a slide per event with start, end where there is one, escaped text and a group', () => {
    const autumn = makeEvent({ id: 'autumn', label: 'War <b>in</b> autumn', actors: ['armenia'], date: { start: '2020-09-01', end: '2020-11-30', precision: 'season', text: 'fall of 2020' } });
    const protest = makeEvent({ id: 'protest', kind: 'ongoing', date: { start: '2022-12-12', end: '2022-12-22', precision: 'day', text: 'Since Dec. 12' } });
    const doc = eventsToTimelineJs([sampleEvents[0]!, sampleEvents[2]!, autumn, protest], options);
    expect(doc.title.text.headline).toBe('Talks &amp; tensions');
    expect(doc.title.text.text).toBe('<p>3 events from 1 article.</p>');
    const [meeting, tension, war, ongoing] = doc.events;
    expect(meeting).toMatchObject({ start_date: { year: 2022, month: 12, day: 23 }, group: 'Russia', unique_id: 'moscow-meeting' });
    expect(meeting!.end_date).toBeUndefined();
    expect(meeting!.display_date).toBeUndefined();
    expect(meeting!.text.text).toContain('Officials refused to attend a meeting');
    expect(tension!.start_date).toEqual({ year: 1991 });
    expect(tension!.end_date).toBeUndefined();
    expect(tension!.group).toBeUndefined();
    expect(war!.start_date).toEqual({ year: 2020, month: 9 });
    expect(war!.end_date).toEqual({ year: 2020, month: 11 });
    // An approximate date reads as the explorer writes it, not as a made-up month.
    expect(war!.display_date).toBe('autumn 2020');
    expect(war!.text.headline).toBe('War &lt;b&gt;in&lt;/b&gt; autumn');
    expect(ongoing!.end_date).toEqual({ year: 2022, month: 12, day: 22 });
    expect(ongoing!.display_date).toBe('since 12 December 2022');
    expect(escapeHtml(`<a href="x">'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&lt;/a&gt;');
  });

  it('eventsToTimelineJs gives every source of a merged event as text and link, with its outlet, headline and day', () => {
    const [slide] = eventsToTimelineJs([merged], options).events;
    expect(slide!.text.text).toMatch(/^<p>23 December 2022 · 2 sources<\/p>/);
    expect(slide!.text.text).toContain('<a href="https://example.org/news/talks">example.org</a>, “Talks collapse in Moscow”, published 22 December 2022');
    expect(slide!.text.text).toContain('<blockquote>The meeting set for Dec. 23 is off.</blockquote><p>— <a href="https://wire.example.net/a/1">wire.example.net</a>, “Meeting off, says wire”, published 23 December 2022 (dates it “Dec. 23”)</p>');
    expect(slide!.autolink).toBe(false);
  });
});
