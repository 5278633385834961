import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/model/schema';
import { clusterEvents, describeClusterDates, singlesAtLeast } from '../../src/timeline/clusterEvents';
import { eventsInWindow, indexEvents } from '../../src/timeline/eventIndex';
import { rankByImportance } from '../../src/timeline/importanceRank';
import { layoutTimeline, stretchDrawing, type TimelineDrawing } from '../../src/timeline/layoutTimeline';
import { createTimeScale, DAY_MS } from '../../src/timeline/timeScale';
import { makeEvent } from './sample';

const dayEvent = (id: string, ms: number, label = `Event ${id} with a label of some length`, score = 0.5): TimelineEvent => {
  const d = new Date(ms).toISOString().slice(0, 10);
  return makeEvent({ id, label, date: { start: d, end: d, precision: 'day', text: d }, importance: { score, reasons: [] } });
};

const START = Date.UTC(2022, 0, 1);
/** `perDay` events on each of `days` days from START. */
function dense(days: number, perDay: number): TimelineEvent[] {
  return Array.from({ length: days * perDay }, (_, i) => dayEvent(`e${i}`, START + Math.floor(i / perDay) * DAY_MS));
}

function boxesOverlap(a: { left: number; right: number; row: number }, b: { left: number; right: number; row: number }) {
  return a.row === b.row && a.left < b.right && b.left < a.right;
}

describe('clusterEvents', () => {
  it('singlesAtLeast never counts more single events than clusterEvents leaves, and exactly as many with nothing kept', () => {
    const spec = fc.record({
      days: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 80 }),
      binPx: fc.constantFrom(24, 48, 96, 200),
      named: fc.integer({ min: 0, max: 2 }),
      kept: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(spec, ({ days, binPx, named, kept }) => {
        const events = days.map((day, i) => dayEvent(`e${i}`, START + day * DAY_MS, undefined, (i * 7) % 10 / 10));
        const index = indexEvents(events);
        const scale = createTimeScale([START - DAY_MS, START + 62 * DAY_MS], [0, 800]);
        const positions = eventsInWindow(index, scale.domain);
        const keep = new Set(events.slice(0, kept).map((e) => e.id));
        const options = { binPx, maxPerBin: 3, named, rank: rankByImportance(events) };
        const bound = singlesAtLeast(index, positions, scale, options);
        expect(bound).toBeLessThanOrEqual(clusterEvents(index, positions, scale, { ...options, keep }).singles.length);
        // Nothing kept, and a crowded bin (four or more) always leaves two or more to count: exactly as many.
        expect(clusterEvents(index, positions, scale, options).singles.length).toBe(bound);
      }),
    );
  });

  it('clusterEvents merges a bin with more than maxPerBin events and leaves sparse events single', () => {
    const events = [...dense(1, 5), dayEvent('alone', START + 200 * DAY_MS)];
    const index = indexEvents(events);
    const scale = createTimeScale([START - 10 * DAY_MS, START + 210 * DAY_MS], [0, 1000]);
    const { singles, clusters } = clusterEvents(index, eventsInWindow(index, scale.domain), scale, { binPx: 40, maxPerBin: 3 });
    expect(singles.map((e) => e.id)).toEqual(['alone']);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.events).toHaveLength(5);
    expect(clusters[0]!.from).toBe(START);
    expect(clusters[0]!.to).toBe(START + DAY_MS);
  });

  it('clusterEvents never hides a kept event, and a lone event left over is drawn rather than counted', () => {
    const events = dense(1, 4);
    const index = indexEvents(events);
    const scale = createTimeScale([START - 10 * DAY_MS, START + 10 * DAY_MS], [0, 1000]);
    const { singles, clusters } = clusterEvents(index, eventsInWindow(index, scale.domain), scale, { binPx: 40, maxPerBin: 3, keep: new Set(['e2']), named: 2 });
    expect(clusters).toHaveLength(0);
    expect(singles.map((e) => e.id).sort()).toEqual(['e0', 'e1', 'e2', 'e3']);
  });

  it('clusterEvents names the most important events of a crowded stretch and counts the rest', () => {
    const events = Array.from({ length: 8 }, (_, i) => dayEvent(`e${i}`, START + i * DAY_MS, `Event ${i}`, i === 5 ? 0.9 : i === 2 ? 0.8 : 0.1));
    const index = indexEvents(events);
    const scale = createTimeScale([START - 10 * DAY_MS, START + 20 * DAY_MS], [0, 300]);
    const { singles, clusters } = clusterEvents(index, eventsInWindow(index, scale.domain), scale, {
      binPx: 200, maxPerBin: 3, rank: rankByImportance(events), named: 2,
    });
    expect(singles.map((e) => e.id).sort()).toEqual(['e2', 'e5']);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.events.map((e) => e.id)).toEqual(['e0', 'e1', 'e3', 'e4', 'e6', 'e7']);
  });
});

describe('layoutTimeline', () => {
  it('layoutTimeline draws a few events single, stacked without overlap, when they fit the rows', () => {
    const events = dense(3, 2);
    const index = indexEvents(events);
    const scale = createTimeScale([START - 5 * DAY_MS, START + 8 * DAY_MS], [24, 1000]);
    const drawing = layoutTimeline(index, scale, { width: 1024, maxRows: 8 });
    expect(drawing.clusters).toHaveLength(0);
    expect(drawing.marks).toHaveLength(6);
    for (const a of drawing.marks) for (const b of drawing.marks) if (a !== b) expect(boxesOverlap(a, b)).toBe(false);
  });

  it('layoutTimeline clusters ten thousand events zoomed out into a few marks within the rows, counting every event once', () => {
    const events = dense(1000, 10);
    const index = indexEvents(events);
    const scale = createTimeScale([START - 10 * DAY_MS, START + 1010 * DAY_MS], [24, 1256]);
    const drawing = layoutTimeline(index, scale, { width: 1280, maxRows: 8 });
    expect(drawing.rowCount).toBeLessThanOrEqual(8);
    expect(drawing.marks.length + drawing.clusters.length).toBeLessThan(200);
    const counted = drawing.marks.length + drawing.clusters.reduce((sum, c) => sum + c.cluster.events.length, 0);
    expect(counted).toBe(10_000);
    const boxes = [...drawing.marks, ...drawing.clusters];
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(boxesOverlap(a, b)).toBe(false);
    expect(drawing.clusters[0]!.label).toMatch(/^\+\d+ more$/);
    // No "+N more" stands for more than a sixth of the width: it stays by its events.
    for (const c of drawing.clusters) expect(c.cluster.x1 - c.cluster.x0).toBeLessThanOrEqual(1280 / 6);
  });

  it('layoutTimeline keeps the key events labelled in a crowded stretch, and names its most important first', () => {
    const events = [...dense(30, 4), dayEvent('key', START + 12 * DAY_MS, 'The key event', 0.95), dayEvent('next', START + 20 * DAY_MS, 'The next one', 0.9)];
    const index = indexEvents(events);
    const scale = createTimeScale([START - DAY_MS, START + 31 * DAY_MS], [24, 476]);
    const drawing = layoutTimeline(index, scale, { width: 500, maxRows: 6, rank: rankByImportance(events), keep: new Set(['key']) });
    expect(drawing.clusters.length).toBeGreaterThan(0);
    const named = drawing.marks.map((m) => m.event.id);
    expect(named).toContain('key');
    expect(named).toContain('next');
  });

  it('layoutTimeline splits clusters as the window narrows, and draws nothing outside it', () => {
    const events = dense(1000, 10);
    const index = indexEvents(events);
    const wide = layoutTimeline(index, createTimeScale([START, START + 1000 * DAY_MS], [24, 1256]), { width: 1280, maxRows: 8 });
    const narrowScale = createTimeScale([START + 500 * DAY_MS, START + 503 * DAY_MS], [24, 1256]);
    const narrow = layoutTimeline(index, narrowScale, { width: 1280, maxRows: 8 });
    const biggest = (d: typeof wide) => Math.max(0, ...d.clusters.map((c) => c.cluster.events.length));
    expect(biggest(narrow)).toBeLessThan(biggest(wide));
    const shown = [...narrow.marks.map((m) => m.event), ...narrow.clusters.flatMap((c) => c.cluster.events)];
    expect(shown).toHaveLength(30);
    for (const event of shown) expect(event.date.start >= '2023-05-16' && event.date.start <= '2023-05-18').toBe(true);
  });

  it('layoutTimeline draws everything single when clusters are not allowed (the window cannot narrow further)', () => {
    const events = dense(1, 12);
    const index = indexEvents(events);
    const scale = createTimeScale([START - DAY_MS, START + 2 * DAY_MS], [24, 1000]);
    expect(layoutTimeline(index, scale, { width: 1024, maxRows: 4 }).clusters.length).toBeGreaterThan(0);
    const all = layoutTimeline(index, scale, { width: 1024, maxRows: 4, allowClusters: false });
    expect(all.clusters).toHaveLength(0);
    expect(all.marks).toHaveLength(12);
  });
});

describe('stretchDrawing', () => {
  it('stretchDrawing keeps every row and label, moves marks with their time, and never makes boxes overlap', () => {
    const events = [...dense(20, 3), makeEvent({ id: 'bar', date: { start: '2022-01-03', end: '2022-01-09', precision: 'day', text: 'that week' }, kind: 'span' })];
    const index = indexEvents(events);
    const narrow = createTimeScale([START - DAY_MS, START + 21 * DAY_MS], [24, 476]);
    const drawing: TimelineDrawing = layoutTimeline(index, narrow, { width: 500, maxRows: 5 });
    const wide = stretchDrawing(drawing, 24, (1000 - 48) / (500 - 48));
    expect(wide.rowCount).toBe(drawing.rowCount);
    expect(wide.marks.map((m) => [m.event.id, m.row, m.labelWidth, m.meta])).toEqual(drawing.marks.map((m) => [m.event.id, m.row, m.labelWidth, m.meta]));
    const wideScale = createTimeScale([START - DAY_MS, START + 21 * DAY_MS], [24, 976]);
    for (const mark of wide.marks) {
      const at = mark.shape === 'point' ? (mark.markStart + mark.markEnd) / 2 : mark.markStart;
      expect(at).toBeCloseTo(wideScale(Date.parse(`${mark.event.date.start}T00:00:00Z`)), 3);
    }
    const boxes = [...wide.marks, ...wide.clusters];
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(boxesOverlap(a, b)).toBe(false);
  });

  it('stretchDrawing keeps a label under its bar there, from the bar\'s start, and the rows it takes', () => {
    const long = makeEvent({ id: 'long', label: 'Ferry line between Orsa and Lindholm has run every morning since 2022', kind: 'ongoing', date: { start: '2022-01-01', end: '2022-01-20', precision: 'day', text: 'since 1 January' } });
    const index = indexEvents([long, ...dense(20, 1)]);
    const narrow = createTimeScale([START - DAY_MS, START + 21 * DAY_MS], [24, 476]);
    const drawing = layoutTimeline(index, narrow, { width: 500, maxRows: 12 });
    const bar = drawing.marks.find((m) => m.event.id === 'long')!;
    expect([bar.labelSide, bar.rows]).toEqual(['below', 2]);
    const wide = stretchDrawing(drawing, 24, (1000 - 48) / (500 - 48));
    const stretched = wide.marks.find((m) => m.event.id === 'long')!;
    expect([stretched.labelSide, stretched.rows, stretched.row, stretched.labelWidth]).toEqual(['below', 2, bar.row, bar.labelWidth]);
    expect(stretched.left).toBe(stretched.markStart);
    // Nothing else is drawn in either of its rows, over its stretch.
    const over = wide.marks.filter((m) => m !== stretched && m.left < stretched.right && stretched.left < m.right);
    expect(over.length).toBeGreaterThan(0);
    for (const m of over) expect(m.row === stretched.row || m.row === stretched.row + 1, m.event.id).toBe(false);
  });
});

describe('describeClusterDates', () => {
  it('describeClusterDates runs from the first start to the latest end, each at its precision', () => {
    const year = makeEvent({ id: 'y', date: { start: '2020-01-01', end: '2020-12-31', precision: 'year', text: '2020' } });
    const day = makeEvent({ id: 'd', date: { start: '2022-12-23', end: '2022-12-23', precision: 'day', text: 'Friday' } });
    const season = makeEvent({ id: 's', date: { start: '2020-09-01', end: '2020-11-30', precision: 'season', text: 'autumn 2020' } });
    expect(describeClusterDates({ events: [year, season, day] })).toBe('2020 – 23 December 2022');
    expect(describeClusterDates({ events: [year, season] })).toBe('2020');
    expect(describeClusterDates({ events: [day, day] })).toBe('23 December 2022');
  });

  it('describeClusterDates ends an ongoing event on its publication day, not on its season', () => {
    const ongoing = makeEvent({ id: 'o', kind: 'ongoing', date: { start: '2020-09-01', end: '2022-12-22', precision: 'season', text: 'since autumn 2020' } });
    const first = makeEvent({ id: 'f', date: { start: '1991-01-01', end: '1991-12-31', precision: 'year', text: '1991' } });
    expect(describeClusterDates({ events: [first, ongoing] })).toBe('1991 – 22 December 2022');
  });

  it('a cluster from the binning names the same dates as a look at all its events: the latest end is found while binning', () => {
    // Years, seasons, days and an ongoing event, crowded so that bins hold events that end well after later ones start.
    const precisions = ['day', 'month', 'season', 'year'] as const;
    const events = Array.from({ length: 400 }, (_, i) => {
      const start = new Date(START + (i % 90) * DAY_MS).toISOString().slice(0, 10);
      const end = new Date(START + ((i % 90) + ((i * 37) % 300)) * DAY_MS).toISOString().slice(0, 10);
      return makeEvent({ id: `c${i}`, kind: i % 50 === 0 ? 'ongoing' : 'point', date: { start, end, precision: precisions[i % 4]!, text: start } });
    });
    const index = indexEvents(events);
    const scale = createTimeScale([START - DAY_MS, START + 100 * DAY_MS], [0, 600]);
    const { clusters } = clusterEvents(index, eventsInWindow(index, scale.domain), scale, { binPx: 96, maxPerBin: 3, named: 1 });
    expect(clusters.length).toBeGreaterThan(1);
    for (const cluster of clusters) expect(describeClusterDates(cluster)).toBe(describeClusterDates({ events: cluster.events }));
    expect(new Set(clusters.map((c) => describeClusterDates(c).split(' – ')[1])).size).toBeGreaterThan(1);
  });

  it('a cluster listed only when read (opened, searched) holds the events its count, first and last name, and none left single', () => {
    const events = Array.from({ length: 300 }, (_, i) => makeEvent({ id: `l${i}`, date: { start: new Date(START + (i % 60) * DAY_MS).toISOString().slice(0, 10), end: new Date(START + ((i % 60) + 1) * DAY_MS).toISOString().slice(0, 10), precision: 'day', text: 'a day' } }));
    const index = indexEvents(events);
    const scale = createTimeScale([START - DAY_MS, START + 70 * DAY_MS], [0, 600]);
    const positions = eventsInWindow(index, scale.domain);
    const keep = new Set(['l7', 'l130', 'l299']);
    const { singles, clusters } = clusterEvents(index, positions, scale, { binPx: 96, maxPerBin: 3, named: 2, keep });
    // Binning the same events again in between leaves a cluster's list as it was when formed.
    clusterEvents(index, positions, createTimeScale(scale.domain, [0, 6000]), { binPx: 96, maxPerBin: 3 });
    expect(clusters.length).toBeGreaterThan(1);
    const listed = clusters.flatMap((c) => c.events);
    for (const c of clusters) expect([c.count, c.first, c.last]).toEqual([c.events.length, c.events[0], c.events.at(-1)]);
    for (const id of keep) expect(singles.map((e) => e.id)).toContain(id);
    expect([...singles, ...listed].map((e) => e.id).sort()).toEqual(positions.map((i) => index.ordered[i]!.id).sort());
    for (const c of clusters) expect(c.events.map((e) => index.position.get(e.id)!)).toEqual([...c.events.map((e) => index.position.get(e.id)!)].sort((a, b) => a - b));
    // Drawn wider, each cluster lists the same events.
    const drawing = layoutTimeline(index, scale, { width: 600, maxRows: 2, rank: rankByImportance(events) });
    expect(drawing.clusters.length).toBeGreaterThan(0);
    const stretched = stretchDrawing(drawing, 0, 2);
    expect(stretched.clusters.map((m) => m.cluster.events)).toEqual(drawing.clusters.map((m) => m.cluster.events));
  });
});
