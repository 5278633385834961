import { label } from './label';

describe('makeLabel: a conjunct with a time of its own', () => {
  it('ends the label before "but will now …", "and today …"', () => {
    expect(label('At its height in 2009, the owner of the three mills had 900 workers but will now keep about 60.', '2009'))
      .toBe('Owner of the three mills had 900 workers');
    expect(label('At its height, the owner of the three mills had 900 workers in 2009 but will now keep about 60.', '2009'))
      .toBe('Owner of the three mills had 900 workers');
    expect(label('The Tesk ferry line carried 2 million people in 2015 and today runs two boats.', '2015'))
      .toBe('Tesk ferry line carried 2 million people');
  });

  it('leaves a conjunct without a time of its own, the date inside the conjunct, and what was said', () => {
    expect(label('The Tesk ferry line carried 2 million people in 2015 but lost its licence.', '2015'))
      .toBe('Tesk ferry line carried 2 million people but lost its licence');
    expect(label('Officials said on Friday that the mill had 900 workers but will now keep 60.', 'on Friday'))
      .toMatch(/will now keep 60/);
    expect(label('The ferry line had two boats but will now run six from May 4.', 'May 4')).toMatch(/will now run six/);
  });
});
