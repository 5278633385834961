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

describe('exportCsv', () => {
  it('eventsToCsv writes a header and one row per event that reads back intact', () => {
    const rows = readCsv(eventsToCsv(sampleEvents, actors, articles));
    expect(rows[0]).toEqual(['id', 'label', 'date', 'start', 'end', 'precision', 'kind', 'actors', 'article', 'quote']);
    expect(rows).toHaveLength(4);
    const meeting = rows[1]!;
    expect(meeting[1]).toBe('Moscow meeting to prepare a peace agreement');
    expect(meeting[2]).toBe('23 December 2022');
    expect(meeting[7]).toBe('Russia');
    expect(meeting[9]).toBe(sampleEvents[0]!.sources[0]!.quote);
    // The quote holds a comma; it stays one cell.
    expect(meeting).toHaveLength(10);
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
  it('timelineJsDate gives only the parts the precision vouches for', () => {
    expect(timelineJsDate('2022-12-23', 'day')).toEqual({ year: 2022, month: 12, day: 23 });
    expect(timelineJsDate('2020-09-01', 'season')).toEqual({ year: 2020, month: 9 });
    expect(timelineJsDate('1991-01-01', 'year')).toEqual({ year: 1991 });
  });

  it('eventsToTimelineJs writes a slide per event with start, end where there is one, escaped text and a group', () => {
    const autumn = makeEvent({ id: 'autumn', label: 'War <b>in</b> autumn', actors: ['armenia'], date: { start: '2020-09-01', end: '2020-11-30', precision: 'season', text: 'fall of 2020' } });
    const protest = makeEvent({ id: 'protest', kind: 'ongoing', date: { start: '2022-12-12', end: '2022-12-22', precision: 'day', text: 'Since Dec. 12' } });
    const doc = eventsToTimelineJs([sampleEvents[0]!, sampleEvents[2]!, autumn, protest], actors, articles, 'Talks & tensions');
    expect(doc.title?.text.headline).toBe('Talks &amp; tensions');
    const [meeting, tension, war, ongoing] = doc.events;
    expect(meeting).toMatchObject({ start_date: { year: 2022, month: 12, day: 23 }, group: 'Russia' });
    expect(meeting!.end_date).toBeUndefined();
    expect(meeting!.text.text).toContain('Officials refused to attend a meeting');
    expect(tension!.start_date).toEqual({ year: 1991 });
    expect(tension!.end_date).toBeUndefined();
    expect(tension!.group).toBeUndefined();
    expect(war!.start_date).toEqual({ year: 2020, month: 9 });
    expect(war!.end_date).toEqual({ year: 2020, month: 11 });
    expect(war!.text.headline).toBe('War &lt;b&gt;in&lt;/b&gt; autumn');
    expect(ongoing!.end_date).toEqual({ year: 2022, month: 12, day: 22 });
    expect(escapeHtml(`<a href="x">'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&lt;/a&gt;');
  });
});
