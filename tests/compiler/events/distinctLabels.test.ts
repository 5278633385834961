// Labels as the timeline shows them, through compileArticle: the subject of a
// participle set between commas, and distinct happenings that read alike.
import { compileArticle } from '../../../src/compiler/events/compileArticle';
import { namedSubject } from '../../../src/compiler/events/referents';
import { labelProblems } from '../../../src/compiler/eval/labelRubric';

const labels = (...paragraphs: string[]) =>
  compileArticle({ id: 'x', file: 'x.md', raw: `---\npublished: 2021-06-10\n---\nHeadline\n\n${paragraphs.join('\n\n')}\n`, sidecar: null })
    .events.map((e) => [e.date.text, e.label]);

describe('the subject of a participle between commas', () => {
  it('is the whole noun a name qualifies, not the name alone', () => {
    expect(namedSubject('Varnese troops, deployed along the border since March, began withdrawing on Tuesday.')).toBe('Varnese troops');
    expect(labels('Tolmaran soldiers, stationed in the valley in 2019, were recalled on Monday.')).toEqual([
      ['2019', 'Tolmaran soldiers stationed in the valley'],
      ['on Monday', 'Tolmaran soldiers were recalled'],
    ]);
  });

  it('leaves a name that is the subject alone, and a noun phrase with a preposition', () => {
    expect(namedSubject('Brenmark Foods said on Monday it would close two plants.')).toBe('Brenmark Foods');
    expect(namedSubject('Ilse Marrow, the mayor, resigned on Friday.')).toBe('Ilse Marrow');
    expect(namedSubject('Some analysts said on Monday the rate would rise.')).toBeNull();
  });

  it('is left out of the main clause’s headline, which goes on with its verb', () => {
    expect(labels('The Brenna bridge, closed for repairs, reopened on Friday.')).toEqual([['on Friday', 'Brenna bridge reopened']]);
  });

  it('stays where it qualifies an object, or where the sentence goes on with no verb', () => {
    expect(labels('Police found the van, abandoned near the river, on Sunday.')).toEqual([['on Sunday', 'Van, abandoned near the river']]);
  });
});

describe('distinct happenings that read alike', () => {
  it('get their own dates in their labels', () => {
    expect(labels('The Varnel council met on May 3, June 9 and July 2.')).toEqual([
      ['May 3', 'Varnel council met (May 3)'],
      ['June 9', 'Varnel council met (June 9)'],
      ['July 2', 'Varnel council met (July 2)'],
    ]);
  });

  it('stay within the label rubric when the label is long, keeping its last word', () => {
    const out = labels('Officials praised the joint declarations of the heads of Varnel, Tolmar, Ostrava and Brenmark signed in 2019, 2020 and 2021.');
    expect(out).toHaveLength(3);
    for (const [, label] of out) {
      expect(label!.length).toBeLessThanOrEqual(80);
      expect(labelProblems(label!)).toEqual([]);
      expect(label).toMatch(/signed \(20(?:19|20|21)\)$/);
    }
    expect(new Set(out.map(([, l]) => l)).size).toBe(3);
  });

  it('leave alone labels that already differ', () => {
    expect(labels('The Varnel council met on May 3. The Tolmar council voted on June 9.')).toEqual([
      ['May 3', 'Varnel council met'],
      ['June 9', 'Tolmar council voted'],
    ]);
  });
});
