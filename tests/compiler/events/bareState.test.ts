// A state is no happening: "be" and a word of state, with no deed and no figure, makes no event.
import { compileArticle } from '../../../src/compiler/events/compileArticle';
import { isBareState } from '../../../src/compiler/events/bareState';

const events = (...paragraphs: string[]) =>
  compileArticle({ id: 'x', file: 'x.md', raw: `---\npublished: 2021-06-10\n---\nHeadline\n\n${paragraphs.join('\n\n')}\n`, sidecar: null })
    .events.map((e) => [e.date.text, e.label]);

const state = (sentence: string, date: string) => isBareState(sentence, sentence.indexOf(date), sentence.indexOf(date) + date.length);

describe('a bare state', () => {
  it('makes no event: a mood, a place, a likeness', () => {
    expect(events('Fans outside the Dalvik stadium were much quieter on Saturday.')).toEqual([]);
    expect(events('Markets in Tessaly were nervous on Monday.')).toEqual([]);
    expect(events('We are here this week to see the talks that the two leaders are holding.')).toEqual([]);
    expect(events('And today, the right to strike is equal to the right to eat, the union leader said.')).toEqual([]);
    expect(state('The patient was stable on Tuesday, doctors said.', 'on Tuesday')).toBe(true);
  });
});

describe('not a bare state', () => {
  it('when a figure or a deed goes with it', () => {
    expect(events('The Orvell index was 4% higher on Monday.')).toEqual([['on Monday', 'Orvell index was 4% higher']]);
    expect(state('The Halvik Tigers were dominant on Saturday, beating the Orsa Pumas 3-0.', 'on Saturday')).toBe(false);
    expect(state('Protesters were calmer on Friday after police arrested six people.', 'on Friday')).toBe(false);
  });

  it('for a passive, a progressive, a role or a happening named by its noun', () => {
    expect(events('Two officers were injured on Friday.')).toHaveLength(1);
    expect(events('Helicopters are flying over the Marl valley today.')).toHaveLength(1);
    expect(events('Anna Roe was president of the Selm rowing club in 2019.')).toHaveLength(1);
    expect(state('The meeting was brief on Friday.', 'on Friday')).toBe(false);
  });

  it('for a return: being back or home on a day tells one', () => {
    expect(events('The three freed sailors were home on Friday.')).toHaveLength(1);
    expect(events('The Kestrel crew was back on Earth on Saturday.')).toHaveLength(1);
  });
});
