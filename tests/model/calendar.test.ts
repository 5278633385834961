// Day arithmetic every date on the timeline goes through.
import fc from 'fast-check';
import { fromUtcMs, toUtcMs } from '../../src/model/calendar';

describe('toUtcMs', () => {
  it('gives midnight UTC of any day from year 1000 to 9999, and fromUtcMs gives the day back', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        const ms = toUtcMs(day);
        // Asked twice (the second time from the cache), the answer is the same.
        return ms === Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) && toUtcMs(day) === ms && fromUtcMs(ms) === day;
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a string that is not YYYY-MM-DD, every time it is asked', () => {
    for (const bad of ['2020-1-01', '2020/01/01', '20200101', '2020-01-0x', '', ' 2020-01-01']) {
      expect(() => toUtcMs(bad)).toThrow(/not an ISO day/);
      expect(() => toUtcMs(bad)).toThrow(/not an ISO day/);
    }
  });
});
