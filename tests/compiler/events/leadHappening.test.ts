import { mayBeTheLead, type DatedHappening, type LeadActor } from '../../../src/compiler/events/leadHappening';
import { leadVerb } from '../../../src/compiler/events/undatedLead';

/** Whether the dated event may tell the lead's happening, with the lead's actors given by name. */
function same(lead: string, event: Omit<DatedHappening, 'start' | 'precision'>, actors: Array<[string, string]> = [], headline = ''): boolean {
  const leadActors: LeadActor[] = actors.map(([id, name]) => ({ id, names: [name], start: lead.indexOf(name), end: lead.indexOf(name) + name.length }));
  return mayBeTheLead(lead, leadVerb(lead).at, leadActors, [{ start: '2024-03-12', precision: 'day', ...event }], headline);
}

describe('mayBeTheLead: a dated event of the week that tells the lead\'s own happening', () => {
  it('holds for the same actor doing the same deed, or telling it', () => {
    const offer = 'Harbour Lines raised its offer for Delta Foods to $12 a share.';
    expect(same(offer, { label: 'Harbour Lines raised the offer', actors: ['harbour-lines'] }, [['harbour-lines', 'Harbour Lines']])).toBe(true);
    // Court: the lead's sentence, and the judge who passed it on Monday.
    const court = 'A Varn court jailed the former mayor of Orlan for six years for taking bribes.';
    expect(same(court, { label: 'Judge Elna Sarve jailed the former Orlan mayor', quotes: ['Judge Elna Sarve jailed the former Orlan mayor on Monday.'] }, [['orlan', 'Orlan']])).toBe(true);
    // "Said it completed": the company's own telling on a day of the week.
    const completed = 'Lindqvist Bank said it completed its purchase of Mirn Savings for $250 million.';
    expect(same(completed, { label: 'Lindqvist Bank said the sale closed', actors: ['lindqvist-bank'] }, [['lindqvist-bank', 'Lindqvist Bank']])).toBe(true);
  });

  it('holds for the news announced on a day, a kind of happening shared, or a lead told again', () => {
    const deal = 'Harbour Lines has agreed to buy the Delta Foods chain for $40 million.';
    expect(same(deal, { label: 'Delta Foods shares jumped 30% on the announcement' })).toBe(true);
    const beer = 'Orvane Brewing said it will cut the price of its lagers across Tolva.';
    expect(same(beer, { label: 'Projection sent Orvane shares down 4%', quotes: ['The projection sent Orvane shares down 4% yesterday.'], actors: ['orvane'] }, [['orvane', 'Orvane Brewing']])).toBe(true);
    // Disaster: "earthquake" in the lead, "quake" in the dated line.
    const quake = 'A powerful earthquake shook the north of Tolva, toppling homes in three towns.';
    expect(same(quake, { label: 'The quake struck at 4:10 a.m.' }, [['tolva', 'Tolva']])).toBe(true);
    // Health: the officials are no name, the dated report of the first case shares the lead's noun.
    const health = 'Health officials have confirmed a second case of measles in the city of Mirn.';
    expect(same(health, { label: 'A Mirn clinic reported the first case' }, [['mirn', 'Mirn']])).toBe(true);
    // An obituary whose lead describes the work: the headline's "dies" and the dated "died".
    const works = "Marrow's best-known poems dealt with the sea and with exile.";
    expect(same(works, { label: 'Ilse Marrow died at her home in Mirn', actors: ['ilse-marrow'] }, [['ilse-marrow', 'Marrow']], 'Varnian poet Ilse Marrow dies at 88')).toBe(true);
  });

  it('does not hold for another happening of the week', () => {
    const offer = 'Harbour Lines raised its offer for Delta Foods to $12 a share.';
    // Business: the stock's move of the day, not the offer.
    expect(same(offer, { label: 'Harbour Lines shares rose 2%', actors: ['harbour-lines'] }, [['harbour-lines', 'Harbour Lines']])).toBe(false);
    // Sports: the beaten club sacked its coach, which is another happening.
    const match = 'Kessaro beat Orlan 3-1 to reach the cup final for the first time.';
    expect(same(match, { label: 'Orlan sacked its coach', actors: ['orlan'] }, [['kessaro', 'Kessaro'], ['orlan', 'Orlan']])).toBe(false);
    // Election and space: other actors, other deeds.
    const vote = 'The Varnian Greens won 31 seats in the regional parliament of Tolva.';
    expect(same(vote, { label: 'The Talvi probe reached orbit', actors: ['talvi'] }, [['greens', 'Varnian Greens']])).toBe(false);
    // Tech: the firm is the same, the deed is not.
    const phone = 'Pellary unveiled a folding phone at its developer conference in Orlan.';
    expect(same(phone, { label: 'Pellary settled a patent suit with Brenmark', actors: ['pellary'] }, [['pellary', 'Pellary']])).toBe(false);
  });

  it('holds for an event that says nothing of what it tells', () => {
    expect(same('Harbour Lines raised its offer for Delta Foods to $12 a share.', {})).toBe(true);
  });
});
