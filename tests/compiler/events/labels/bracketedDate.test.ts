import { label } from './label';

describe('makeLabel: a date in or after a bracket dates the clause before it', () => {
  it('labels the clause before the bracket, not the clock inside it or the participle after it', () => {
    expect(label('The envoy will leave Tesk at dusk (5 p.m. GMT Thursday) for the border.', 'Thursday'))
      .toBe('Envoy will leave Tesk at dusk');
    // The clock before the date, and its restatement in another zone, go with the date.
    expect(label('The dam at Orlo burst at about 9:10 a.m. (0710 GMT) Friday, flooding two villages below it.', 'Friday'))
      .toBe('Dam at Orlo burst');
  });

  it('leaves a bracket that says more than a clock, and a date with no bracket before it', () => {
    expect(label('The dam at Orlo burst (the second to fail since March) on Friday, flooding two villages.', 'March'))
      .not.toMatch(/^Dam at Orlo burst$/);
    expect(label('The ferry sank at dawn on Friday, drowning two crew.', 'on Friday')).toBe('Ferry sank at dawn');
  });
});
