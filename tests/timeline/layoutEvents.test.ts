import { describe, expect, it } from 'vitest';
import { KEY_POINT_SIZE, LABEL_GAP, layoutEvents, MIN_BAR_WIDTH, MIN_LINE_WIDTH, POINT_SIZE, type EventMark } from '../../src/timeline/layoutEvents';
import { createTimeScale } from '../../src/timeline/timeScale';
import { estimateTextWidth } from '../../src/timeline/wrapLabel';

import { makeEvent, scaleFor } from './sample';

const day = (id: string, d: string, label = id) =>
  makeEvent({ id, label, date: { start: d, end: d, precision: 'day', text: d } });

describe('layoutEvents', () => {
  it('layoutEvents places a day-precise point at its date as a point mark', () => {
    const events = [day('a', '2022-12-01'), day('b', '2022-12-31')];
    const scale = scaleFor(events, 800);
    const { marks } = layoutEvents(events, scale, { width: 800 });
    expect(marks[0]!.shape).toBe('point');
    expect(marks[0]!.approximate).toBe(false);
    expect((marks[0]!.markStart + marks[0]!.markEnd) / 2).toBeCloseTo(scale(Date.UTC(2022, 11, 1)));
  });

  it('layoutEvents draws coarse dates as approximate bars over their whole unit', () => {
    const events = [
      makeEvent({ id: 'y', date: { start: '2020-01-01', end: '2020-12-31', precision: 'year', text: '2020' } }),
      day('d', '2022-12-23'),
    ];
    const scale = scaleFor(events, 1000);
    const mark = layoutEvents(events, scale, { width: 1000 }).marks[0]!;
    expect(mark.shape).toBe('bar');
    expect(mark.approximate).toBe(true);
    expect(mark.markStart).toBeCloseTo(scale(Date.UTC(2020, 0, 1)));
    expect(mark.markEnd).toBeCloseTo(scale(Date.UTC(2021, 0, 1)));
  });

  it('layoutEvents draws an ongoing event to its end with an open end', () => {
    const events = [
      makeEvent({ id: 'o', kind: 'ongoing', date: { start: '2022-12-12', end: '2022-12-22', precision: 'day', text: 'Dec. 12' } }),
    ];
    const mark = layoutEvents(events, scaleFor(events, 600), { width: 600 }).marks[0]!;
    expect(mark.shape).toBe('bar');
    expect(mark.openEnd).toBe(true);
    expect(mark.approximate).toBe(false);
    expect(mark.markEnd - mark.markStart).toBeGreaterThan(MIN_BAR_WIDTH);
  });

  it('layoutEvents stacks events of the same week into separate rows so none overlap', () => {
    const events = ['2022-12-12', '2022-12-22', '2022-12-22', '2022-12-23'].map((d, i) => day(`e${i}`, d, `Event number ${i} with a label`));
    const all = [makeEvent({ id: 'old', date: { start: '1991-01-01', end: '1991-12-31', precision: 'year', text: '1991' } }), ...events];
    const { marks, rowCount } = layoutEvents(all, scaleFor(all, 900), { width: 900 });
    expect(rowCount).toBeGreaterThanOrEqual(4);
    for (const a of marks) {
      for (const b of marks) {
        if (a === b || a.row !== b.row) continue;
        expect(a.right <= b.left || b.right <= a.left).toBe(true);
      }
    }
  });

  it('layoutEvents puts the label on the left when it would run past the right edge', () => {
    const events = [day('a', '2000-01-01'), day('b', '2022-12-23', 'A label long enough to run past the edge')];
    const { marks } = layoutEvents(events, scaleFor(events, 800), { width: 800 });
    expect(marks[1]!.labelSide).toBe('left');
    expect(marks[1]!.right).toBeLessThanOrEqual(800);
    expect(marks[0]!.labelSide).toBe('right');
  });

  it('layoutEvents puts a label that fits nowhere on the side with more room, in two lines no wider than that room', () => {
    const events = [day('a', '2000-01-01'), day('b', '2022-12-23', 'word '.repeat(40))];
    const { marks } = layoutEvents(events, scaleFor(events, 400), { width: 400 });
    expect(marks[1]!.labelSide).toBe('left');
    expect(marks[1]!.left).toBeGreaterThanOrEqual(0);
    expect(marks[1]!.lines).toBe(2);
  });

  it('layoutEvents wraps a long label on two lines instead of cutting it to one', () => {
    const events = [day('a', '2022-12-01', 'Moscow meeting to prepare a peace agreement between the two neighbours')];
    const { marks } = layoutEvents(events, createTimeScale([Date.UTC(2022, 10, 28), Date.UTC(2022, 11, 31)], [0, 900]), { width: 900, lineWidth: 240 });
    expect(marks[0]!.lines).toBe(2);
    expect(marks[0]!.labelWidth).toBeLessThanOrEqual(240);
  });

  it('layoutEvents shows the fullest text after the label that fits, and none rather than squeezing the words', () => {
    const events = [day('a', '2022-12-01', 'Talks collapse')];
    const scale = createTimeScale([Date.UTC(2022, 10, 28), Date.UTC(2022, 11, 31)], [0, 900]);
    const meta = () => ['3 sources · 1 December 2022', '3 sources'];
    expect(layoutEvents(events, scale, { width: 900, meta }).marks[0]!.meta).toBe('3 sources · 1 December 2022');
    // Room for the label and the short form only.
    expect(layoutEvents(events, scale, { width: 900, meta, lineWidth: 120 }).marks[0]!.meta).toBe('3 sources');
    const long = [day('b', '2022-12-01', 'A label of a fair length that takes both lines of a narrow box alone and leaves no room')];
    expect(layoutEvents(long, scale, { width: 900, meta, lineWidth: 200 }).marks[0]!.meta).toBe('');
  });

  it('layoutEvents keeps a merged event\'s number of sources on slightly wider lines rather than drop it, and never widens a single source\'s', () => {
    const scale = createTimeScale([Date.UTC(2022, 10, 28), Date.UTC(2022, 11, 31)], [0, 900]);
    const label = 'Fire at the battery plant on the ring road in the old town killed four workers';
    const merged = layoutEvents([day('m', '2022-12-01', label)], scale, { width: 900, meta: () => ['12 sources · 1 December 2022', '12 sources'] }).marks[0]!;
    expect(merged.meta).toBe('12 sources');
    expect(merged.lines).toBe(2);
    const single = layoutEvents([day('s', '2022-12-01', label)], scale, { width: 900, meta: () => ['1 December 2022'] }).marks[0]!;
    expect(single.meta).toBe('');
  });

  it('layoutEvents counts what follows the label in the label width', () => {
    const events = [day('a', '2022-12-01')];
    const scale = scaleFor(events, 2000);
    const plain = layoutEvents(events, scale, { width: 2000 }).marks[0]!;
    const withDate = layoutEvents(events, scale, { width: 2000, meta: () => ['1 December 2022'] }).marks[0]!;
    expect(withDate.right - withDate.left).toBeGreaterThan(plain.right - plain.left);
  });

  it('layoutEvents gives key events the larger mark', () => {
    const events = [day('a', '2022-12-01'), day('b', '2022-12-20')];
    const { marks } = layoutEvents(events, scaleFor(events, 900), { width: 900, key: new Set(['b']) });
    expect(marks.map((m) => [m.key, m.markEnd - m.markStart])).toEqual([[false, POINT_SIZE], [true, KEY_POINT_SIZE]]);
  });

  it('layoutEvents stacks overlapping events in time order, earliest on top', () => {
    const events = ['2022-12-14', '2022-12-12', '2022-12-13'].map((d, i) => day(`e${i}`, d, `Event on ${d} with a label`));
    const { marks } = layoutEvents(events, createTimeScale([Date.UTC(2022, 11, 1), Date.UTC(2022, 11, 31)], [0, 900]), { width: 900 });
    expect(marks.map((m) => [m.event.date.start, m.row])).toEqual([['2022-12-12', 0], ['2022-12-13', 1], ['2022-12-14', 2]]);
  });
});

describe('layoutEvents in a zoomed window', () => {
  it('layoutEvents leaves out events outside the window and cuts a bar that runs past its edge', () => {
    const events = [
      makeEvent({ id: 'old', date: { start: '1991-01-01', end: '1991-12-31', precision: 'year', text: '1991' } }),
      makeEvent({ id: 'year', date: { start: '2022-01-01', end: '2022-12-31', precision: 'year', text: '2022' } }),
      day('meeting', '2022-12-23'),
    ];
    const scale = createTimeScale([Date.UTC(2022, 11, 10), Date.UTC(2022, 11, 31)], [0, 600]);
    const { marks } = layoutEvents(events, scale, { width: 600 });
    expect(marks.map((mark) => mark.event.id)).toEqual(['year', 'meeting']);
    expect(marks[0]!.markStart).toBeGreaterThanOrEqual(-LABEL_GAP);
    expect(marks[0]!.markEnd).toBeLessThanOrEqual(600 + LABEL_GAP);
  });
});


describe('layoutEvents with a label its two lines cannot hold', () => {
  const scale = createTimeScale([Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)], [24, 876]);
  const long = 'Teodor Brask has run the Kessel Road plant in Varnby since 2017';

  it('layoutEvents draws it cut after the words its lines hold, ending in "…", on either side of its mark', () => {
    for (const at of ['2024-02-01', '2024-12-20']) {
      const mark = layoutEvents([day('plant', at, long)], scale, { width: 900, lineWidth: 200 }).marks[0]!;
      expect(mark.text).toMatch(/…$/);
      expect(long.startsWith(mark.text.slice(0, -1))).toBe(true);
      expect(mark.text).not.toContain('since 2017');
      expect(mark.lines).toBe(2);
    }
  });

  it('layoutEvents measures a key event\'s bold label as the wider text it is: cut where the regular weight is not', () => {
    const plain = layoutEvents([day('plant', '2024-02-01', long)], scale, { width: 900, lineWidth: 240 }).marks[0]!;
    expect(plain.text).toBe(long);
    const bold = layoutEvents([day('plant', '2024-02-01', long)], scale, { width: 900, lineWidth: 240, key: new Set(['plant']) }).marks[0]!;
    expect(bold.text).toMatch(/…$/);
    expect(bold.labelWidth).toBeLessThanOrEqual(240);
    // A short key label keeps its one line, a little wider.
    const short = layoutEvents([day('vote', '2024-02-01', 'Council vote')], scale, { width: 900, key: new Set(['vote']) }).marks[0]!;
    expect(short).toMatchObject({ text: 'Council vote', lines: 1 });
    expect(short.labelWidth).toBeGreaterThan(estimateTextWidth('Council vote'));
  });

  it('layoutEvents draws a label that fits whole, with no "…"', () => {
    const mark = layoutEvents([day('plant', '2024-02-01', long)], scale, { width: 900 }).marks[0]!;
    expect(mark.text).toBe(long);
    const short = layoutEvents([day('vote', '2024-02-01', 'Council vote')], scale, { width: 900, lineWidth: 200 }).marks[0]!;
    expect(short.text).toBe('Council vote');
  });
});

describe('layoutEvents with a bar that leaves no room beside it', () => {
  // A window of ten years drawn over 900 px, as the explorer draws it (24 px of margin at each end).
  const decade = createTimeScale([Date.UTC(2014, 6, 1), Date.UTC(2024, 6, 1)], [24, 876]);
  const longLabel = 'Brenholt foundry in Sollvik has cast the bells of the harbour churches since 2015';
  const since2015 = (label = longLabel) =>
    makeEvent({ id: 'foundry', label, kind: 'ongoing', date: { start: '2015-01-01', end: '2024-03-06', precision: 'year', text: '2015' } });
  const sameLabelWithRoom = (label: string, width: number, lineWidth?: number) =>
    layoutEvents([day('p', '2015-01-01', label)], decade, { width, lineWidth }).marks[0]!;
  const overlaps = (a: EventMark, b: EventMark) =>
    a.row < b.row + b.rows && b.row < a.row + a.rows && a.left < b.right + 8 && b.left < a.right + 8;

  it('layoutEvents puts its label under the bar, from the bar\'s start, with the whole line a label with room gets', () => {
    const meta = () => ['since 2015'];
    const [bar] = layoutEvents([since2015()], decade, { width: 900, meta }).marks;
    expect(bar!.labelSide).toBe('below');
    expect(bar!.rows).toBe(2);
    expect(bar!.left).toBeCloseTo(decade(Date.UTC(2015, 0, 1)));
    // Not squeezed: the words and what follows them as a label with the whole line beside a point.
    const point = layoutEvents([day('p', '2015-01-01', longLabel)], decade, { width: 900, meta }).marks[0]!;
    expect(point.labelSide).toBe('right');
    expect([bar!.labelWidth, bar!.lines, bar!.meta]).toEqual([point.labelWidth, point.lines, point.meta]);
    expect(bar!.labelWidth).toBeGreaterThan(MIN_LINE_WIDTH * 2);
    expect(bar!.right).toBeLessThanOrEqual(900);
  });

  it('layoutEvents keeps the row under such a bar for its label: what comes later over the same stretch goes below it', () => {
    const events = [since2015(), day('fire', '2019-05-14', 'Fire in the casting hall'), day('strike', '2023-02-01', 'Strike at the foundry')];
    const { marks, rowCount } = layoutEvents(events, decade, { width: 900 });
    const [bar, fire, strike] = marks;
    expect(bar!.row).toBe(0);
    expect(fire!.row).toBeGreaterThanOrEqual(2);
    expect(strike!.row).toBeGreaterThanOrEqual(2);
    expect(rowCount).toBeGreaterThanOrEqual(3);
    for (const a of marks) for (const b of marks) if (a !== b) expect(overlaps(a, b), `${a.event.id} and ${b.event.id}`).toBe(false);
    // Fewer rows allowed than time order takes: first fit never puts anything in the label's row either.
    const tight = layoutEvents([...events, day('vote', '2021-03-01', 'Council votes on the foundry lease')], decade, { width: 900, maxRows: 3 });
    for (const a of tight.marks) for (const b of tight.marks) if (a !== b) expect(overlaps(a, b), `${a.event.id} and ${b.event.id}`).toBe(false);
  });

  it('layoutEvents lets a label of one line under its bar take the bar\'s row alone: what comes later goes in the next row', () => {
    const events = [since2015('Ida Brask casts the bells since 2015'), day('fire', '2019-05-14', 'Fire in the casting hall'), day('strike', '2023-02-01', 'Strike at the foundry')];
    const { marks, rowCount } = layoutEvents(events, decade, { width: 900 });
    const [bar, fire, strike] = marks;
    expect(bar).toMatchObject({ labelSide: 'below', lines: 1, rows: 1, row: 0 });
    expect(fire!.row).toBe(1);
    expect(strike!.row).toBeGreaterThanOrEqual(1);
    expect(rowCount).toBe(strike!.row + 1);
    for (const a of marks) for (const b of marks) if (a !== b) expect(overlaps(a, b), `${a.event.id} and ${b.event.id}`).toBe(false);
    // Two lines under the bar still take the row below (the case above), and first fit keeps out of both.
    const two = layoutEvents([since2015(), ...events.slice(1)], decade, { width: 900, maxRows: 2 });
    expect(two.marks[0]).toMatchObject({ labelSide: 'below', lines: 2, rows: 2 });
    for (const a of two.marks) for (const b of two.marks) if (a !== b) expect(overlaps(a, b), `${a.event.id} and ${b.event.id}`).toBe(false);
  });

  it('layoutEvents does the same on a phone, where the label under the bar gets a wider line than a label beside a mark', () => {
    const narrow = createTimeScale([Date.UTC(2014, 6, 1), Date.UTC(2024, 6, 1)], [24, 327]);
    // Side labels get lines of 55% of the width there: this one would need three.
    const beside = sameLabelWithRoom(longLabel, 900, 193);
    expect(beside.labelWidth).toBeLessThanOrEqual(193);
    const bar = layoutEvents([since2015()], narrow, { width: 351, lineWidth: 193 }).marks[0]!;
    expect(bar.labelSide).toBe('below');
    expect(bar.labelWidth).toBe(sameLabelWithRoom(longLabel, 900).labelWidth);
    expect(bar.labelWidth).toBeGreaterThan(193);
    expect(bar.left).toBeGreaterThanOrEqual(0);
    expect(bar.right).toBeLessThanOrEqual(351);
    // A merged event's number of sources stretches its lines no further than the drawing's edge.
    const merged = layoutEvents([since2015()], narrow, { width: 351, lineWidth: 193, meta: () => ['12 sources · since 2015', '12 sources'] }).marks[0]!;
    expect(merged.right).toBeLessThanOrEqual(351);
  });

  it('layoutEvents keeps a label beside its bar where it fits there, or where that side has a useful line', () => {
    // A short label fits in the little room after the long bar, on one line or two.
    expect(layoutEvents([since2015('Bells')], decade, { width: 900 }).marks[0]!.labelSide).toBe('right');
    const twoLines = layoutEvents([since2015('Bell tower fire')], decade, { width: 940 }).marks[0]!;
    expect(twoLines).toMatchObject({ labelSide: 'right', rows: 1, lines: 2 });
    // A bar over a year in the middle: its long label goes right, as before.
    const year = makeEvent({ id: 'y', label: longLabel, date: { start: '2018-01-01', end: '2018-12-31', precision: 'year', text: '2018' } });
    expect(layoutEvents([year], decade, { width: 900 }).marks[0]!).toMatchObject({ labelSide: 'right', rows: 1 });
    // A bar to near the end with half a line before it: its label goes left, on two lines, as before.
    const late = makeEvent({ id: 'l', label: longLabel, kind: 'ongoing', date: { start: '2017-01-01', end: '2024-03-06', precision: 'year', text: '2017' } });
    const left = layoutEvents([late], decade, { width: 900 }).marks[0]!;
    expect(left).toMatchObject({ labelSide: 'left', rows: 1, lines: 2 });
    expect(left.left).toBeGreaterThanOrEqual(0);
  });

  it('layoutEvents never puts a point\'s label under it, however little room it has', () => {
    const events = [day('a', '2014-07-05', 'First'), day('b', '2024-06-25', 'word '.repeat(40)), day('m', '2019-07-01', longLabel)];
    for (const mark of layoutEvents(events, decade, { width: 900 }).marks) expect(mark.labelSide).not.toBe('below');
  });
});
