// beforeDay.ts: the words before a day, with the day expression's own opening word put back, so that a pattern
// ending right before the day reads alike whether the parser took "on", "for" or "until" into the expression.
import { beforeDay } from '../../../src/compiler/temporal/beforeDay';

describe('the words before a day', () => {
  it("puts back the expression's own opening word", () => {
    expect(beforeDay('Orvik reports results ', 'on Thursday', /^on\s+/i, 90)).toBe('Orvik reports results on ');
    expect(beforeDay('the crew is aiming ', 'for Sunday', /^for\s+/i, 60)).toBe('the crew is aiming for ');
  });

  it('adds nothing when the expression opens on the day itself or on another word', () => {
    expect(beforeDay('Orvik reports results on ', 'Thursday', /^on\s+/i, 90)).toBe('Orvik reports results on ');
    expect(beforeDay('the fair runs ', 'until Sunday', /^on\s+/i, 90)).toBe('the fair runs ');
    // "online" is no "on".
    expect(beforeDay('sales go ', 'online Friday', /^on\s+/i, 90)).toBe('sales go ');
  });

  it('keeps only the last characters of a long sentence before the day', () => {
    const before = `${'The board met for hours. '.repeat(6)}Then the club hosts its rivals `;
    expect(beforeDay(before, 'on Sunday', /^on\s+/i, 30)).toBe(`${before.slice(-30)}on `);
    expect(beforeDay(before, 'on Sunday', /^on\s+/i, 30).length).toBe(33);
  });
});
