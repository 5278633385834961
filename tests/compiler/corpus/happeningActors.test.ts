// A merged happening's actors: each member's participants, less its speakers
// quoted only about it. Invented sentences, then the fixture fire story
// compiled from its files.
import path from 'node:path';
import { compileFolder } from '../../../src/compiler/build/readSeeds';
import { happeningActors, onlyQuotedAbout } from '../../../src/compiler/corpus/happeningActors';
import { eventsAsTold } from '../../../src/model/mergedView';
import type { TimelineEvent } from '../../../src/model/schema';
import { sentenceEvent } from './sentenceEvent';

const NAMES: Record<string, string[]> = {
  'ada-lind': ['Ada Lind', 'Lind'],
  'tomas-grell': ['Tomas Grell', 'Grell'],
  norvik: ['Norvik Mills', 'Norvik'],
  'dockers-union': ["Dockers' Union"],
  'harbour-gazette': ['Harbour Gazette'],
  'mara-osk': ['Mara Osk', 'Osk'],
};
const namesOf = (id: string) => NAMES[id] ?? [id];

function told(sentence: string, dateText: string, actors: string[], attribution?: { actorId: string; text: string }): TimelineEvent {
  return { ...sentenceEvent(sentence.slice(0, 12), 'a1', sentence, '2024-05-06', dateText), actors, attribution: attribution ?? null };
}

describe('actors of a happening told by several articles', () => {
  it('leaves out one who speaks about a happening dated in what is said', () => {
    const chief = told('The first alarm reached the brigade at 11 p.m. on Monday, fire chief Ada Lind told the hearing on Friday.', 'on Monday', ['ada-lind']);
    expect(onlyQuotedAbout(chief, 'ada-lind', namesOf('ada-lind'))).toBe(true);
    const mayor = told('Mayor Tomas Grell said families could go home on Monday if the tests were clear.', 'on Monday', ['tomas-grell'], { actorId: 'tomas-grell', text: 'Mayor Tomas Grell said' });
    expect(onlyQuotedAbout(mayor, 'tomas-grell', namesOf('tomas-grell'))).toBe(true);
    const inverted = told('The kiln collapsed on Monday, according to Ada Lind.', 'on Monday', ['ada-lind']);
    expect(onlyQuotedAbout(inverted, 'ada-lind', namesOf('ada-lind'))).toBe(true);
    // Through a pronoun the passage does not name: the head apologises, the workers died.
    const apology = told('She apologised to the families of the two workers who died on Monday and said Norvik would pay.', 'on Monday', ['mara-osk', 'norvik']);
    expect(onlyQuotedAbout(apology, 'mara-osk', namesOf('mara-osk'))).toBe(true);
    // Named only in what she said, in a clause after the date's.
    expect(onlyQuotedAbout(apology, 'norvik', namesOf('norvik'))).toBe(true);
  });

  it('keeps a speaker whose saying is what is dated, one who reports their own deed, and those who act', () => {
    const hearing = told('The chief executive of Norvik Mills told the inquiry on Monday that the alarm had been switched off.', 'on Monday', ['norvik']);
    expect(onlyQuotedAbout(hearing, 'norvik', namesOf('norvik'))).toBe(false);
    const fronted = told('At the second hearing, on Monday, Norvik\'s head, Mara Osk, said the alarm had been off.', 'on Monday', ['mara-osk']);
    expect(onlyQuotedAbout(fronted, 'mara-osk', namesOf('mara-osk'))).toBe(false);
    const report = told('The Harbour Gazette late Monday said Norvik had hired advisers.', 'late Monday', ['harbour-gazette', 'norvik']);
    expect(onlyQuotedAbout(report, 'harbour-gazette', namesOf('harbour-gazette'))).toBe(false);
    expect(onlyQuotedAbout(report, 'norvik', namesOf('norvik'))).toBe(false);
    const own = told("The Dockers' Union says it raised the state of the cranes with managers on Monday.", 'on Monday', ['dockers-union']);
    expect(onlyQuotedAbout(own, 'dockers-union', namesOf('dockers-union'))).toBe(false);
    const deed = told('Police arrested Tomas Grell on Monday, the ministry said.', 'on Monday', ['tomas-grell']);
    expect(onlyQuotedAbout(deed, 'tomas-grell', namesOf('tomas-grell'))).toBe(false);
  });

  it("takes every member's participants, less speakers no other member has take part, and a statement's speaker", () => {
    const fire = told('A fire at the Norvik Mills kiln killed Tomas Grell on Monday.', 'on Monday', ['tomas-grell', 'norvik']);
    const chief = told('The fire broke out at 11 p.m. on Monday, fire chief Ada Lind told the hearing on Friday.', 'on Monday', ['ada-lind']);
    expect(happeningActors([fire, chief], namesOf, () => false)).toEqual(['tomas-grell', 'norvik']);
    // Another member has her take part: she stays.
    const fought = told('Ada Lind led the crews that fought the fire on Monday.', 'on Monday', ['ada-lind']);
    expect(happeningActors([fire, chief, fought], namesOf, () => false)).toEqual(['tomas-grell', 'norvik', 'ada-lind']);
    // Two statements joined: saying is the happening, the speaker its actor.
    expect(happeningActors([chief], namesOf, () => true)).toEqual(['ada-lind']);
  });

  it('on the fixture fire story: the fire keeps its dead and loses the fire chief and the chief executive quoted about it', async () => {
    const { dataset } = await compileFolder(path.resolve('tests/fixtures/story2'));
    const fire = eventsAsTold(dataset).find((e) => e.sources.length > 5 && e.sources.some((s) => s.quote.startsWith('A fire at the Lumera Cells battery plant')))!;
    const members = dataset.events.filter((e) => fire.sources.some((s) => s.eventId === e.id));
    // Before, the merged event took every member's actors.
    expect(new Set(members.flatMap((e) => e.actors))).toEqual(new Set(['piotr-alm', 'erik-volden', 'karl-voss', 'helena-vark', 'lumera-cells']));
    expect(fire.actors).toEqual(['piotr-alm', 'erik-volden']);
    // The hearing where the chief executive spoke keeps her: there her saying is the happening.
    const hearing = eventsAsTold(dataset).find((e) => e.merge && e.date.start === '2024-03-21')!;
    expect(hearing.actors).toContain('helena-vark');
  });
});
