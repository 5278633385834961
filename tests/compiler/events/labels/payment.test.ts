import { label } from './label';

describe('makeLabel: tenth round, read on unseen wire and business copy', () => {
  it("labels a payment date by what was declared, without the record date", () => {
    expect(label('BREL Corp., Tesk, Vt., declared its first quarterly dividend of 4 cents a unit, payable Jan. 3 to holders of record Dec. 9.', 'Jan. 3'))
      .toBe('BREL Corp’s first quarterly dividend of 4 cents a unit payable');
    expect(label('The smaller payout is payable March 4 to holders of record Feb. 11.', 'March 4')).toBe('Smaller payout is payable');
    // A name that declared "a" dividend owns it too; "the board" names no one.
    expect(label('ORLO Ltd. declared a 5% stock dividend, payable Jan. 9 to stock of record Dec. 12.', 'Jan. 9')).toBe('ORLO Ltd’s 5% stock dividend payable');
    expect(label('VARN Mills Inc. directors approved a 2-for-1 split of the common, payable Feb. 2 to holders of record Jan. 5.', 'Feb. 2'))
      .toBe('VARN Mills Inc’s 2-for-1 split of the common payable');
    expect(label('The board declared a special dividend of 50 cents, payable May 1 to holders of record April 10.', 'May 1')).toBe('Special dividend of 50 cents payable');
  });

  it('leaves a payment told without "payable"', () => {
    expect(label('Brel will pay the dividend on Jan. 3 to holders.', 'on Jan. 3')).toBe('Brel will pay the dividend to holders');
  });
});
