import { label } from './label';

describe('makeLabel: tenth round, read on unseen wire and business copy', () => {
  it("labels a payment date by what was declared, without the record date", () => {
    expect(label('BREL Corp., Tesk, Vt., declared its first quarterly dividend of 4 cents a unit, payable Jan. 3 to holders of record Dec. 9.', 'Jan. 3'))
      .toBe('BREL Corp’s first quarterly dividend of 4 cents a unit payable');
    expect(label('The smaller payout is payable March 4 to holders of record Feb. 11.', 'March 4')).toBe('Smaller payout is payable');
  });

  it('leaves a payment told without "payable"', () => {
    expect(label('Brel will pay the dividend on Jan. 3 to holders.', 'on Jan. 3')).toBe('Brel will pay the dividend to holders');
  });
});
