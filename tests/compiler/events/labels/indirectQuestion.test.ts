import { label } from './label';

describe('makeLabel: a date at the end of an indirect question', () => {
  it('labels the happening asked about, in the passive, not the inquiry', () => {
    expect(label('Envoys gathered in Tesk chose a team of five jurists to investigate who brought down Governor Ivo Marn\'s helicopter on March 9, 1996.', 'March 9, 1996'))
      .toBe('Governor Ivo Marn\'s helicopter brought down');
  });

  it('uses the participle of an irregular verb', () => {
    expect(label('Divers are still trying to determine who sank the ferry Kelda in May 2004.', 'May 2004')).toBe('Ferry Kelda sunk');
  });

  it('leaves a question the date does not end, and a question after a verb of asking', () => {
    expect(label('The panel will investigate who ordered the strike, officials said on Monday.', 'on Monday')).not.toMatch(/strike ordered/i);
    expect(label('Police asked who saw the van on Monday.', 'on Monday')).not.toBe('Van seen');
  });
});
