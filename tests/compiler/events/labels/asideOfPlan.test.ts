import { label } from './label';

describe('makeLabel: a plan’s aside between a clause and its date', () => {
  it('labels the aside’s own date by the noun it is said of', () => {
    expect(label('Velmont said it would prolong its tender, set to lapse last Friday, to June 3.', 'last Friday')).toBe('Its tender set to lapse');
    expect(label('The lease on the depot, due to run out in May, was renewed.', 'May')).toBe('Lease on the depot due to run out');
  });

  it('gives a date right after the aside to the clause before it', () => {
    expect(label('Velmont said it would prolong its tender, set to lapse last Friday, to June 3.', 'June 3')).toBe('Velmont said it would prolong its tender');
    expect(label('The league moved the final, set to take place in Tesk, to June 9.', 'June 9')).toBe('League moved the final');
  });

  it('leaves an aside that is no plan', () => {
    expect(label('The ministry extended the permit, which was issued in 2019, to March 2031.', 'March 2031')).not.toMatch(/^Permit was issued/);
  });
});
