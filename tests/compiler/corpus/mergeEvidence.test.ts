// The line that says why several articles' events are one happening states the
// evidence: the date and how each source writes it, who takes part, the words
// and figures they share.
import { mergeAcrossArticles } from '../../../src/compiler/corpus/merge';
import type { TimelineEvent } from '../../../src/model/schema';
import { sentenceEvent } from './sentenceEvent';

function event(id: string, article: string, sentence: string, day: string, dateText: string, actors: string[] = []): TimelineEvent {
  return { ...sentenceEvent(id, article, sentence, day, dateText), actors };
}

const names: Record<string, string> = { norland: 'Norland', 'orlan-rescue': 'Orlan Rescue Service' };
const corpus = { countries: new Set(['norland']), named: () => [], name: (id: string) => names[id] ?? id };
const why = (events: TimelineEvent[]) => mergeAcrossArticles(events, {}, undefined, undefined, undefined, corpus).events.find((e) => e.sources.length > 1)?.merge?.explanation ?? '';

describe('why one event', () => {
  it('names the day and how each source writes it, the words of one kind side by side, and the figures that agree', () => {
    const text = why([
      event('a', 'wire', "Saturday's magnitude 7.8 earthquake flattened villages in the Orlan valley.", '2024-03-09', "Saturday's", ['norland']),
      event('b', 'paper', 'A magnitude 7.9 quake flattened villages in the Orlan valley on Saturday.', '2024-03-09', 'on Saturday', ['norland']),
    ]);
    expect(text).toMatch(/^2 articles report this\. Date: the same day, 9 March 2024 \(written “[^”]+”, “[^”]+”\)/);
    expect(text).toContain('“Saturday\'s”');
    expect(text).toContain('“on Saturday”');
    expect(text).toMatch(/“(?:earthquake\/quake|quake\/earthquake)”/);
    // The figures' digits are not words of their own.
    expect(text).not.toContain('“7”');
    expect(text).toContain('flattened');
    expect(text).toContain('magnitude 7.8 and 7.9');
    // A country both name is shown for what it is worth.
    expect(text).toContain('only Norland, named across the story, which says little alone');
  });

  it('names who takes part, and says when the sources give different days', () => {
    const text = why([
      event('a', 'wire', 'The Orlan Rescue Service pulled 40 miners from the flooded Brask shaft on Tuesday.', '2024-03-05', 'on Tuesday', ['orlan-rescue']),
      event('b', 'paper', 'The Orlan Rescue Service pulled 40 miners from the flooded Brask shaft on Wednesday.', '2024-03-06', 'on Wednesday', ['orlan-rescue']),
    ]);
    expect(text).toContain('Orlan Rescue Service taking part in more than one');
    expect(text).toMatch(/the sources give different days \(5 March 2024 and 6 March 2024; written “on (?:Tuesday|Wednesday)”, “on (?:Tuesday|Wednesday)”\), kept below as a disagreement/);
    expect(text).toContain('40');
    expect(text).not.toContain('magnitude');
  });

  it('says when the sources give one day’s toll as two figures of one count', () => {
    const text = why([
      event('a', 'wire', 'The death toll from the Orlan floods reached 2,150 on Monday.', '2024-03-11', 'on Monday'),
      event('b', 'paper', 'The death toll from the Orlan floods stood at 2,200 on Monday.', '2024-03-11', 'on Monday'),
    ]);
    expect(text).toContain('the toll at 2,150 and 2,200 (one count, updated that day)');
  });

  it('names the counts the passages give alike', () => {
    const text = why([
      event('a', 'wire', 'Brenmark Foods listed 412 shops and 275 depots on Tuesday in a filing.', '2024-03-05', 'on Tuesday'),
      event('b', 'paper', 'The grocer counted 412 shops and 275 depots on Tuesday, its filing says.', '2024-03-05', 'on Tuesday'),
    ]);
    expect(text).toContain('Figures that agree: the same counts, 412 and 275.');
  });

  it('does not count as taking part a speaker each source only quotes, and gives the score of the weakest pair in plain words', () => {
    const text = why([
      event('a', 'wire', 'Floodwater broke through the Brask dam on Tuesday, the Orlan Rescue Service said.', '2024-03-05', 'on Tuesday', ['orlan-rescue']),
      event('b', 'paper', 'The Brask dam gave way to floodwater on Tuesday, according to the Orlan Rescue Service.', '2024-03-05', 'on Tuesday', ['orlan-rescue']),
    ]);
    expect(text).toContain('Who: no participant named by two of them.');
    expect(text).toMatch(/\(Score of the weakest pair joined: 0\.\d\d; pairs join from 0\.28\.\)$/);
    // Not the neutral actor figure read as a share ("25% of its actors") where no one is shared.
    expect(text).not.toMatch(/% of its actors/);
  });
});
