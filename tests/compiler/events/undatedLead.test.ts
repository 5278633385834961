import { leadVerb, undatedLead, UNDATED_LEAD_RULE, type LeadEvent } from '../../../src/compiler/events/undatedLead';
import { compileArticle } from '../../../src/compiler/events/compileArticle';

const PUBLISHED = '2024-03-14';

function lead(text: string, over: Partial<LeadEvent> = {}) {
  const found = undatedLead({ published: PUBLISHED, statedPublication: true, lead: text, leadHasDates: false, leadHasEvent: false, dated: [], ...over });
  return found ? [found.date.start, found.date.precision, found.text, text.slice(found.start).split(' ')[0]] : null;
}

describe('leadVerb: what the lead\'s first verb group tells', () => {
  it('reads a past deed, a present perfect, a past passive and a present "says" as done', () => {
    expect(leadVerb('Harbour Lines cut its fares and closed two routes.').tells).toBe('done');
    expect(leadVerb('The Orlan city council has approved a new stadium for the Kessaro club.').tells).toBe('done');
    expect(leadVerb('Two ferry workers were injured when a gangway collapsed at the Varn terminal.').tells).toBe('done');
    expect(leadVerb('Brenmark Foods says it will close its bakery in Tolva.').tells).toBe('done');
    expect(leadVerb('Three ministers have been dismissed from the Varnian cabinet.').tells).toBe('done');
    // An irregular past with a prefix is past too.
    expect(leadVerb('Harbour Lines withdrew its bid for the Varn ferry route.').tells).toBe('done');
  });

  it('reads past the subject\'s own participles to the verb', () => {
    // "led by", "mandated by": the subject's phrase; "the embattled": an adjective.
    const led = 'A group of investors led by Tolva Capital said it bought a stake in Brenmark Foods.';
    expect(leadVerb(led)).toEqual({ tells: 'done', at: led.indexOf('said') });
    const embattled = 'The embattled Orlan mill announced a loss for the year.';
    expect(leadVerb(embattled)).toEqual({ tells: 'done', at: embattled.indexOf('announced') });
  });

  it('leaves forecasts, plans, states and denials', () => {
    expect(leadVerb('Brenmark Foods will close its bakery in Tolva.').tells).toBe('ahead');
    expect(leadVerb('The Orlan council is expected to approve the stadium.').tells).toBe('ahead');
    expect(leadVerb('Harbour Lines could lose its licence to sail to Varn.').tells).toBe('ahead');
    expect(leadVerb('The Orlan council shall meet to choose a new mayor.').tells).toBe('ahead');
    expect(leadVerb("They'll close the Varn route by spring, the ferry line's owners say.").tells).toBe('ahead');
    expect(leadVerb('Kessaro is the oldest club in the league.').tells).toBe('state');
    expect(leadVerb('The ferry line has 40 ships and 3,000 staff.').tells).toBe('state');
    expect(leadVerb('The mill has not paid its workers.').tells).toBe('negated');
    expect(leadVerb('Prices across the region keep rising.').tells).toBe('none');
  });
});

describe('undatedLead: the news of the day with no date of its own', () => {
  it('puts a lead that tells a deed on the publication day, with an empty expression at its verb', () => {
    expect(lead('Brenmark Foods said it agreed to buy the Tolva bakery chain for 40 million euros.')).toEqual([PUBLISHED, 'day', '', 'said']);
    expect(lead('The Orlan city council has approved a new stadium for the Kessaro club.')).toEqual([PUBLISHED, 'day', '', 'has']);
  });

  it('leaves a lead when the article dates something in the week before publication, or the lead has a date or an event', () => {
    const text = 'Brenmark Foods said it agreed to buy the Tolva bakery chain for 40 million euros.';
    expect(lead(text, { dated: [{ start: '2024-03-09', precision: 'day' }] })).toBeNull();
    expect(lead(text, { dated: [{ start: '2024-03-14', precision: 'day' }] })).toBeNull();
    // Older history or a month elsewhere in the article does not tell the lead's day.
    expect(lead(text, { dated: [{ start: '2023-06-01', precision: 'day' }, { start: '2024-03-01', precision: 'month' }] })).toEqual([PUBLISHED, 'day', '', 'said']);
    expect(lead(text, { leadHasDates: true })).toBeNull();
    expect(lead(text, { leadHasEvent: true })).toBeNull();
    expect(lead(text, { statedPublication: false })).toBeNull();
  });

  it('leaves a quotation, a question, a short line, a forecast and a state', () => {
    expect(lead('"We have done everything we could," the mayor of Orlan said.')).toBeNull();
    expect(lead('Has the Kessaro club found its new coach at last?')).toBeNull();
    expect(lead('Brenmark said so.')).toBeNull();
    expect(lead('Brenmark Foods will close its bakery in the town of Tolva.')).toBeNull();
    expect(lead('Kessaro is the oldest club in the league and the richest.')).toBeNull();
  });
});

describe('undatedLead in an article', () => {
  it('gives the lead an event on the publication day, with no date marked in its passage and the reason said', () => {
    const raw = `---\ntitle: Brenmark buys Tolva\npublished: ${PUBLISHED}\n---\n\nBrenmark Foods said it agreed to buy the Tolva bakery chain for 40 million euros.\n\nTolva was founded in 1931 by two brothers.\n`;
    const { events } = compileArticle({ id: 'brenmark', file: 'brenmark.md', raw });
    const first = events.find((e) => e.dateReason.rule === UNDATED_LEAD_RULE)!;
    expect(first.date).toEqual({ start: PUBLISHED, end: PUBLISHED, precision: 'day', text: '' });
    expect(first.label).toMatch(/^Brenmark Foods/);
    expect(first.sources[0]!.dateStart).toBeUndefined();
    expect(first.sources[0]!.quote).toMatch(/^Brenmark Foods said/);
    // The founding keeps its own event.
    expect(events.some((e) => e.date.start === '1931-01-01')).toBe(true);
  });

  it('adds nothing when the lead is dated or the article tells the week\'s news with a date', () => {
    const dated = `---\npublished: ${PUBLISHED}\n---\n\nBrenmark Foods said on Tuesday it agreed to buy the Tolva bakery chain.\n`;
    expect(compileArticle({ id: 'a', file: 'a.md', raw: dated }).events.map((e) => e.dateReason.rule)).not.toContain(UNDATED_LEAD_RULE);
    const later = `---\npublished: ${PUBLISHED}\n---\n\nBrenmark Foods said it agreed to buy the Tolva bakery chain.\n\nThe boards of both firms met on Monday to approve the sale.\n`;
    expect(compileArticle({ id: 'b', file: 'b.md', raw: later }).events.map((e) => e.dateReason.rule)).not.toContain(UNDATED_LEAD_RULE);
  });
});

describe('undatedLead beside a market price', () => {
  it("gives the lead its event when the week's only dated line is the stock's price", () => {
    const raw = `---\ntitle: Orvane guards against a bid\npublished: ${PUBLISHED}\n---\n\nOrvane Holdings adopted a plan meant to make any unwanted bid for the company too costly.\n\nIn composite trading on the Varno exchange, Orvane shares closed yesterday at $12.50, down 25 cents.\n`;
    const events = compileArticle({ id: 'o', file: 'o.md', raw }).events;
    expect(events.find((e) => e.dateReason.rule === UNDATED_LEAD_RULE)?.label).toMatch(/^Orvane Holdings adopted/);
  });

  it('adds nothing when the week also dates a deed, or the lead is itself the price', () => {
    const deed = `---\ntitle: Orvane guards against a bid\npublished: ${PUBLISHED}\n---\n\nOrvane Holdings adopted a plan meant to make any unwanted bid for the company too costly.\n\nThe board met on Tuesday to approve it.\n\nOrvane shares closed yesterday at $12.50 in composite trading.\n`;
    expect(compileArticle({ id: 'p', file: 'p.md', raw: deed }).events.map((e) => e.dateReason.rule)).not.toContain(UNDATED_LEAD_RULE);
    const price = `---\ntitle: Orvane falls\npublished: ${PUBLISHED}\n---\n\nOrvane shares fell sharply to close at $12.50 in heavy trading on the Varno exchange.\n\nOrvane shares closed yesterday at $12.50 in composite trading.\n`;
    expect(compileArticle({ id: 'q', file: 'q.md', raw: price }).events.map((e) => e.dateReason.rule)).not.toContain(UNDATED_LEAD_RULE);
  });
});
