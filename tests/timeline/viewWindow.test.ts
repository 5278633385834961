import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/timeline/timeScale';
import {
  centerWindow, clampWindow, fitForAxis, fitWindow, MIN_SPAN_MS, panWindow, windowFromDays, windowToDays, zoomAnchor, zoomWindow, type ViewWindow,
} from '../../src/timeline/viewWindow';
import { minGapMs } from '../../src/timeline/sparseGaps';
import { makeEvent } from './sample';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const events = [
  makeEvent({ id: 'a', date: { start: '1991-01-01', end: '1991-12-31', precision: 'year', text: '1991' } }),
  makeEvent({ id: 'b', date: { start: '2022-12-23', end: '2022-12-23', precision: 'day', text: 'Friday' } }),
];
const fit = fitWindow(events);
const span = ([a, b]: ViewWindow) => b - a;

describe('viewWindow', () => {
  it('fitWindow holds every event with room at both ends, on whole days', () => {
    expect(fit[0]).toBeLessThan(utc(1991, 1, 1));
    expect(fit[1]).toBeGreaterThan(utc(2022, 12, 24));
    expect(fit[0] % DAY_MS).toBe(0);
    const sparse = fitWindow(events, 7 * DAY_MS);
    expect(sparse).toEqual([utc(1991, 1, 1) - 7 * DAY_MS, utc(2022, 12, 24) + 7 * DAY_MS]);
  });

  it('fitForAxis pads the edges of a sparse axis of days by a few days, as a dense story has always been drawn', () => {
    const days = [
      makeEvent({ id: 'vote', date: { start: '2024-03-04', end: '2024-03-04', precision: 'day', text: 'March 4' } }),
      makeEvent({ id: 'april', date: { start: '2024-04-01', end: '2024-04-30', precision: 'month', text: 'April' } }),
      makeEvent({ id: 'deal', date: { start: '2024-06-12', end: '2024-06-12', precision: 'day', text: 'June 12' } }),
    ];
    const minGap = minGapMs(days);
    expect(fitForAxis(days, true, minGap)).toEqual([utc(2024, 3, 4) - 3 * DAY_MS, utc(2024, 6, 13) + 3 * DAY_MS]);
    // The linear axis keeps its wide margin.
    expect(fitForAxis(days, false, minGap)).toEqual(fitWindow(days));
  });

  it('fitForAxis draws no days before a sparse axis that opens with a decade, nor after one that ends with a year', () => {
    const decade = makeEvent({ id: 'founded', date: { start: '1800-01-01', end: '1809-12-31', precision: 'decade', text: 'the 1800s' } });
    const vote = makeEvent({ id: 'vote', date: { start: '2024-03-04', end: '2024-03-04', precision: 'day', text: 'March 4' } });
    const minGap = minGapMs([decade, vote]);
    // No 29-31 December 1799 at the left: the decade's bar begins where the axis does; the day keeps its few days.
    expect(fitForAxis([decade, vote], true, minGap)).toEqual([utc(1800, 1, 1), utc(2024, 3, 5) + 3 * DAY_MS]);
    const year = makeEvent({ id: 'plan', date: { start: '2030-01-01', end: '2030-12-31', precision: 'year', text: '2030' } });
    expect(fitForAxis([vote, year], true, minGapMs([vote, year]))).toEqual([utc(2024, 3, 4) - 3 * DAY_MS, utc(2031, 1, 1)]);
    // An ongoing event ends on its publication day: that edge keeps its days.
    const since = makeEvent({ id: 'since', kind: 'ongoing', date: { start: '2017-01-01', end: '2024-03-08', precision: 'year', text: '2017' } });
    expect(fitForAxis([decade, vote, since], true, minGap)).toEqual([utc(1800, 1, 1), utc(2024, 3, 9) + 3 * DAY_MS]);
  });

  it('zoomWindow keeps the instant under the pointer where it was', () => {
    const anchor = utc(2022, 12, 22);
    const next = zoomWindow(fit, 0.25, fit, anchor);
    expect(Math.abs(span(next) - span(fit) * 0.25)).toBeLessThanOrEqual(2 * DAY_MS);
    const before = (anchor - fit[0]) / span(fit);
    const after = (anchor - next[0]) / span(next);
    expect(after).toBeCloseTo(before, 2);
  });

  it('zoomWindow stops at three days and at the fitted span', () => {
    let w: ViewWindow = fit;
    for (let i = 0; i < 60; i++) w = zoomWindow(w, 0.5, fit, utc(2022, 12, 23));
    expect(span(w)).toBe(MIN_SPAN_MS);
    expect(w[0]).toBeLessThanOrEqual(utc(2022, 12, 23));
    expect(w[1]).toBeGreaterThan(utc(2022, 12, 23));
    for (let i = 0; i < 60; i++) w = zoomWindow(w, 2, fit);
    expect(w).toEqual(fit);
  });

  it('zoomAnchor zooms around the selected event when it is in view, else around the middle', () => {
    const week: ViewWindow = [utc(2022, 12, 20), utc(2022, 12, 27)];
    expect(zoomAnchor(week, utc(2022, 12, 23))).toBe(utc(2022, 12, 23));
    expect(zoomAnchor(week, utc(1991, 1, 1))).toBe((week[0] + week[1]) / 2);
    expect(zoomAnchor(week, null)).toBe((week[0] + week[1]) / 2);
    // Around it, the selected event stays where it is on screen.
    const autumn: ViewWindow = [utc(2022, 10, 1), utc(2022, 12, 31)];
    const share = (w: ViewWindow) => (utc(2022, 12, 23) - w[0]) / span(w);
    expect(share(zoomWindow(autumn, 0.5, fit, zoomAnchor(autumn, utc(2022, 12, 23))))).toBeCloseTo(share(autumn), 1);
  });

  it('zoomWindow makes progress even on a tiny step', () => {
    const month: ViewWindow = [utc(2022, 12, 1), utc(2022, 12, 31)];
    expect(span(zoomWindow(month, 0.99, fit))).toBeLessThan(span(month));
    expect(span(zoomWindow(month, 1.01, fit))).toBeGreaterThan(span(month));
  });

  it('panWindow moves by a share of the span, at least a day, and keeps the events within reach', () => {
    const month: ViewWindow = [utc(2022, 12, 1), utc(2022, 12, 31)];
    expect(panWindow(month, -0.1, fit)).toEqual([utc(2022, 11, 28), utc(2022, 12, 28)]);
    expect(panWindow(month, 0.001, fit)).toEqual([utc(2022, 12, 2), utc(2023, 1, 1)]);
    let w = month;
    for (let i = 0; i < 100; i++) w = panWindow(w, 1, fit);
    expect(w[1]).toBe(fit[1]);
    expect(span(w)).toBe(span(month));
  });

  it('centerWindow brings an instant to the middle, keeping the span', () => {
    const week: ViewWindow = [utc(2022, 12, 20), utc(2022, 12, 27)];
    const moved = centerWindow(week, utc(2021, 1, 1), fit);
    expect(span(moved)).toBe(span(week));
    expect(moved[0]).toBeLessThan(utc(2021, 1, 1));
    expect(moved[1]).toBeGreaterThan(utc(2021, 1, 1));
  });

  it('clampWindow keeps the whole window inside the events and their margin, at most as long as all of it', () => {
    const far = clampWindow([utc(2100, 1, 1), utc(2100, 2, 1)], fit);
    expect(far[1]).toBe(fit[1]);
    expect(span(far)).toBe(utc(2100, 2, 1) - utc(2100, 1, 1));
    const before = clampWindow([utc(1900, 1, 1), utc(1900, 1, 10)], fit);
    expect(before[0]).toBe(fit[0]);
    expect(clampWindow([utc(1900, 1, 1), utc(2100, 1, 1)], fit)).toEqual(fit);
    expect(span(clampWindow([utc(2000, 1, 1), utc(2000, 1, 1)], fit))).toBe(MIN_SPAN_MS);
  });

  it('windowFromDays reads URL days and refuses malformed or reversed ones', () => {
    expect(windowFromDays('2022-12-10', '2022-12-25')).toEqual([utc(2022, 12, 10), utc(2022, 12, 26)]);
    expect(windowFromDays('2022-13-01', '2022-12-25')).toBeNull();
    expect(windowFromDays('2022-02-30', '2022-12-25')).toBeNull();
    expect(windowFromDays('yesterday', '2022-12-25')).toBeNull();
    expect(windowFromDays('2022-12-25', '2022-12-10')).toBeNull();
    expect(windowFromDays('2022-12-10', null)).toBeNull();
    expect(windowToDays([utc(2022, 12, 10), utc(2022, 12, 26)])).toEqual({ from: '2022-12-10', to: '2022-12-25' });
  });
});
