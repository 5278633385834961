import { label } from './label';

describe('makeLabel on a subject cut from its verb by an aside', () => {
  it('joins the dated subject to its verb across a place or a participle', () => {
    // Local government, a state after the county.
    expect(label('Tomorrow the board of governors of Varn county, Ostland, will vote on whether a clinic can move there.', 'Tomorrow'))
      .toBe('Board of governors of Varn county will vote on whether a clinic can move');
    // Business, a company's town between commas.
    expect(label('Next week the shareholders of Brel Foods, Tesk, will vote on the merger with Orlo Dairy.', 'Next week'))
      .toBe('Shareholders of Brel Foods will vote on the merger with Orlo Dairy');
    // Politics, a participle's phrase between the subject and the verb.
    expect(label('And Governor Tesk yesterday, asked whether he was pleased with the offer, replied: "Not at all."', 'yesterday'))
      .toBe('Governor Tesk replied');
  });

  it('passes over a link word between a dated subject and its verb', () => {
    expect(label("The second quarter's figures, however, showed a one-time charge of $4 million for closing the Kell plant.", "second quarter's"))
      .toBe('Figures showed a one-time charge of $4 million for closing the Kell plant');
  });

  it('leaves a link word after an opening phrase, a subject with its verb, and a clause with no verb after the aside', () => {
    expect(label('In Tesk, meanwhile, thousands of people marched to the harbour on Friday night.', 'on Friday night'))
      .toBe('Thousands of people marched to the harbour');
    expect(label('Rescuers on Monday reached the village of Orn, Varnia, and found ten survivors.', 'on Monday')).toMatch(/^Rescuers reached the village of Orn/);
    expect(label('Tomorrow the head of the Varn county board, Ana Brel.', 'Tomorrow')).not.toMatch(/Brel/);
  });
});
