import { label } from './label';

describe('makeLabel: a deed bidden for a date still to come', () => {
  const day = { published: '2011-05-18' };
  it('labels the one bidden and the deed, not the order', () => {
    expect(label('Rep. Ana Vell said she summoned 6-year-old Ivo Marn to give evidence to the harbour panel on June 10.', 'June 10', { ...day, dateStart: '2011-06-10' }))
      .toBe('6-year-old Ivo Marn to give evidence to the harbour panel');
    expect(label('The court told Tesk Mills to pay the fine on June 30.', 'June 30', { ...day, dateStart: '2011-06-30' })).toBe('Tesk Mills to pay the fine');
  });

  it('leaves an order dated in the past, a deed with no one bidden, and a plain noun bidden', () => {
    expect(label('The board asked Mayor Vell to resign on Friday.', 'on Friday', { ...day, dateStart: '2011-05-13' })).toBe('Board asked Mayor Vell to resign');
    expect(label('The firm agreed to sell the plant next month.', 'next month', { ...day, dateStart: '2011-06-01' })).toBe('Firm agreed to sell the plant');
    expect(label('The board asked the mayor to resign on June 2.', 'on June 2', { ...day, dateStart: '2011-06-02' })).toBe('Board asked the mayor to resign');
    // A date, a modal's "expected to" or a month is no one bidden.
    expect(label('Dockers voted on Sunday to extend their strike until at least June 3.', 'June 3', { ...day, dateStart: '2011-06-03' })).not.toMatch(/^(?:On Sunday )?[Tt]o extend/);
    expect(label('Mayor Vell is expected to ask Orlan to form a board on June 3.', 'on June 3', { ...day, dateStart: '2011-06-03' })).toMatch(/^Mayor Vell/);
    expect(label('The split would be paid on a date in June to holders of record May 21.', 'May 21', { ...day, dateStart: '2012-05-21' })).not.toMatch(/^Date in June/);
  });
});

describe('makeLabel: tenth round, read on unseen wire and business copy', () => {
  it('labels a date still to come after "promised to" by the promised deed', () => {
    const published = '2023-11-17';
    expect(label('Prime Minister Ana Brel, a sceptic herself, pledged to hold a vote on the matter next year after the assembly backed the plan 70-41.', 'next year', { published, dateStart: '2024-01-01', subject: 'Ana Brel' }))
      .toBe('Ana Brel to hold a vote on the matter');
    expect(label('Ivo Marn vowed to repay the loan by March.', 'March', { published, dateStart: '2024-03-01' })).toBe('Ivo Marn to repay the loan');
  });

  it('leaves a promise dated on or before the article\'s day', () => {
    expect(label('Tesk vowed to fight the ruling on Monday.', 'on Monday', { published: '2023-11-17', dateStart: '2023-11-13' })).toBe('Tesk vowed to fight the ruling');
  });
});

describe('makeLabel: a plan announced for a date still to come', () => {
  const day = { published: '2011-05-18' };
  it('labels those who plan and the deed, after a list of names too', () => {
    expect(label('Meanwhile, trade minister Lena Orlan, Ivo Marn and harbour chief Ana Vell announced plans to travel to a port in the north next week, to explain the new tolls.', 'next week', { ...day, dateStart: '2011-05-23' }))
      .toBe('Trade minister Lena Orlan and others to travel to a port in the north');
  });

  it('leaves a plan told for a date already past', () => {
    expect(label('Tesk announced plans to close the depot on Monday.', 'on Monday', { ...day, dateStart: '2011-05-16' })).toBe('Tesk announced plans to close the depot');
  });
});

describe('makeLabel: a saying that only bade someone do something', () => {
  it('labels the bidding with whom it bade, not the infinitive alone', () => {
    const sentence = 'Police told the marchers on Friday to leave the square.';
    const at = sentence.indexOf('on Friday');
    const attribution = { start: 0, end: at + 'on Friday'.length };
    expect(label(sentence, 'on Friday', { attribution, statementBy: 'Police' })).toBe('Police told the marchers to leave the square');
    // Left alone: a saying with a subject of its own.
    const other = 'Police told reporters on Friday the marchers must leave the square.';
    const at2 = other.indexOf('on Friday');
    expect(label(other, 'on Friday', { attribution: { start: 0, end: at2 + 'on Friday'.length }, statementBy: 'Police' })).toBe('Police: Marchers must leave the square');
  });
});
