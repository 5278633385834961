import { label } from './label';

describe('makeLabel', () => {
  it('labels the second of two joined verb phrases by its own verb, with the shared subject', () => {
    const sentence = 'President Dina Ortiz declared a state of emergency on Monday and flew to the region the same day.';
    expect(label(sentence, 'the same day', { people: ['Dina Ortiz'] })).toBe('Dina Ortiz flew to the region');
    expect(label(sentence, 'on Monday', { people: ['Dina Ortiz'] })).toMatch(/^Dina Ortiz declared a state of emergency/);
  });

  it('drops the auxiliary of the first verb phrase from the shared subject', () => {
    expect(label('The company was founded in the late 1990s and went public in the mid-2000s.', 'mid-2000s')).toBe('Company went public');
  });

  it('leaves participles joined by "and" to the main clause', () => {
    const sentence = 'The framework agreement signed in 2009 and amended in 2014 was never ratified by either parliament.';
    expect(label(sentence, '2014')).not.toMatch(/amended was/);
  });
});

describe('makeLabel: plans, and dates that open with "back"', () => {
  it('labels a plan joined to a deed with the plan and its subject', () => {
    expect(label('Brenmark Foods has filed for bankruptcy and will close 40 stores by next March.', 'by next March')).toBe('Brenmark Foods will close 40 stores');
  });

  it('leaves a sentence whose date belongs to the first verb', () => {
    expect(label('Brenmark Foods filed for bankruptcy on Monday and will close 40 stores.', 'on Monday')).toBe('Brenmark Foods filed for bankruptcy and will close 40 stores');
  });
});

describe('makeLabel: a second verb with its auxiliary', () => {
  it('labels "… on Saturday and were hoping to block the road on Monday" by the second verb, with the subject', () => {
    expect(label('Dockers marched in Varna on Saturday and were hoping to block the port road on Monday.', 'on Monday', {
      others: [{ start: 25, end: 36, date: { start: '2011-05-21' } }], dateStart: '2011-05-23',
    })).toBe('Dockers were hoping to block the port road');
  });

  it('leaves a relative clause, whose subject is no words of it', () => {
    expect(label('Marek Aberg, who first won power in 2011 and was re-elected in 2015, called the vote.', 'in 2015')).not.toMatch(/^First\b/);
  });
});

describe('makeLabel: a second verb phrase after "but"', () => {
  it('gives the second verb phrase the subject the two share', () => {
    expect(label('The ministry would not name the buyer but said on Monday that the sale had closed.', 'on Monday')).toBe('Ministry said that the sale had closed');
  });

  it('leaves "but" that opens a clause with a subject of its own', () => {
    expect(label('The ministry named no buyer, but the sale closed on Monday.', 'on Monday')).toBe('Sale closed');
  });
});

describe('makeLabel: a month told "of that year" in a second verb phrase', () => {
  it('drops the year with the month, and the first verb’s adverb from the subject', () => {
    expect(label('The two firms first discussed a merger in the spring of 2021 but broke off talks in August of that year when the main holder objected.', 'August'))
      .toBe('Two firms broke off talks when the main holder objected');
  });
});
