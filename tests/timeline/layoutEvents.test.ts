import { describe, expect, it } from 'vitest';
import { KEY_POINT_SIZE, LABEL_GAP, layoutEvents, MIN_BAR_WIDTH, POINT_SIZE } from '../../src/timeline/layoutEvents';
import { createTimeScale } from '../../src/timeline/timeScale';

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
    const long = [day('b', '2022-12-01', 'A label of a fair length that takes both lines of a narrow box alone')];
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

