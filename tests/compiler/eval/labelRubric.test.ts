import { describe, expect, it } from 'vitest';
import { labelProblems } from '../../../src/compiler/eval/labelRubric';

const passes = (label: string, quote?: string) => expect(labelProblems(label, quote)).toEqual([]);
const fails = (label: string, why: RegExp, quote?: string) => expect(labelProblems(label, quote).join('; ')).toMatch(why);

describe('labelProblems', () => {
  it('passes headlines that say who did what, nouns of happenings, acronyms and quantities', () => {
    passes('Harbour union ends strike with 4% pay deal');
    passes('Meeting in Moscow to prepare a peace agreement');
    passes('Opening of the new bridge at Tarn');
    passes('UNESCO lists the old town as a heritage site');
    passes('At least 40 dead in the Dravia floods');
    passes('Winner of the runoff sworn in');
    passes('Calvera and Sundar sign a trade pact, ministers say');
  });

  it('fails a label that opens on a pronoun, a verb or a link word', () => {
    fails('He believed people could return', /pronoun "He"/);
    fails('It also indicated that prices would rise', /pronoun "It"/);
    fails('Said Friday the city was calm', /verb "Said"/);
    fails('Should cover the company until 2016', /verb "Should"/);
    fails('Signed the accord in 2019', /verb "Signed"/);
    fails('Announced on Monday a new plant', /verb "Announced"/);
    fails('Led the country from 1979', /verb "Led"/);
    fails('Following the drowning of three boys', /link word/);
    fails('Southeast of Tarn City on Tuesday afternoon', /place phrase/);
  });

  it('fails a company, agency or ministry not said by name', () => {
    fails('The company cut 900 jobs', /"the company" is not said by name/);
    passes('The Valmont marathon returns after two years');
  });

  it('fails a label that ends on a word wanting more, or is too long', () => {
    fails('Workers will be paid until', /ends on "until"/);
    fails('The ministers agreed to meet and', /ends on "and"/);
    fails(`Talks ${'between the two neighbouring governments '.repeat(3)}resume`, /longer than 80/);
  });

  it('fails a cut inside a word when the sentence shows the whole word, not an inflection', () => {
    const quote = 'The drivers protested the exploitation of natural resources near the border.';
    fails('Drivers protested the exploitation of natur…', /cut inside a word/, quote);
    passes('Drivers protested the exploitation of natural…', quote);
    passes('Drivers protest the exploitation of resources', quote);
  });

  it('fails a label that is only a date or a dateline', () => {
    fails('LONDON, March 6', /only a date/);
    fails('Sept. 27', /only a date/);
    passes('Parliament votes on Sept. 27');
  });
});
