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

  it('reads a verb spelt alike in present and past as past after a singular subject and before its object', () => {
    const cut = 'Orlo Foods cut its quarterly dividend to 5 cents a share.';
    expect(leadVerb(cut)).toEqual({ tells: 'done', at: cut.indexOf('cut') });
    expect(leadVerb('The Varnian central bank set its main rate at 4 percent.').tells).toBe('done');
    expect(leadVerb('A magnitude 6.1 quake hit the coast of Tolva before dawn.').tells).toBe('done');
    expect(leadVerb('Kessaro beat Orlan 3-1 to reach the cup final for the first time.').tells).toBe('done');
    expect(leadVerb('The Talvi space agency shut its ground station at Mirn.').tells).toBe('done');
    // "agreed", a past the shared "-ed" test keeps with "need" and "greed".
    const agreed = 'Jorvik Media agreed to pay $4 million for the closely held Pell Radio.';
    expect(leadVerb(agreed)).toEqual({ tells: 'done', at: agreed.indexOf('agreed') });
  });

  it('leaves such a verb after "to", a plural or "they", or with no object after it', () => {
    expect(leadVerb('Orlo Foods plans to cut its dividend to 5 cents a share.').tells).toBe('none');
    expect(leadVerb('They cut prices every spring in the markets of Tolva.').tells).toBe('none');
    expect(leadVerb('Costs hit households hardest in the winter months.').tells).toBe('none');
    expect(leadVerb('The Varn council set to approve a new budget for the port.').tells).toBe('none');
    expect(leadVerb('The tax cut for families in Orlan takes effect in the spring.').tells).toBe('none');
  });

  it('reads past the subject\'s own participles to the verb', () => {
    // "led by", "mandated by": the subject's phrase; "the embattled": an adjective.
    const led = 'A group of investors led by Tolva Capital said it bought a stake in Brenmark Foods.';
    expect(leadVerb(led)).toEqual({ tells: 'done', at: led.indexOf('said') });
    const embattled = 'The embattled Orlan mill announced a loss for the year.';
    expect(leadVerb(embattled)).toEqual({ tells: 'done', at: embattled.indexOf('announced') });
  });

  it('reads past a compound adjective in "-ed" to the verb, but not past a verb with a prefix', () => {
    // "expansion-minded", "state-owned", "Tolva-based": adjectives of the subject's description.
    const minded = 'Corvane Holdings, a family-run and expansion-minded Dublin retailer, raised its offer for Lintel Stores.';
    expect(leadVerb(minded)).toEqual({ tells: 'done', at: minded.indexOf('raised') });
    const owned = 'The state-owned Varnian lender posted a record loss for the year.';
    expect(leadVerb(owned)).toEqual({ tells: 'done', at: owned.indexOf('posted') });
    const based = 'Ministers of the Tolva-based bloc signed a new trade accord.';
    expect(leadVerb(based)).toEqual({ tells: 'done', at: based.indexOf('signed') });
    // "re-elected", "co-founded": the prefix leaves a verb.
    const reelected = 'Orlan voters re-elected Mayor Ada Rusk by a wide margin.';
    expect(leadVerb(reelected)).toEqual({ tells: 'done', at: reelected.indexOf('elected') });
    const cofounded = 'Pim Astor co-founded a rival streaming service with two former partners.';
    expect(leadVerb(cofounded)).toEqual({ tells: 'done', at: cofounded.indexOf('founded') });
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

describe('undatedLead beside another happening of the week', () => {
  const article = (body: string, title = 'Harbour Lines sweetens its bid') => `---\ntitle: ${title}\npublished: ${PUBLISHED}\n---\n\n${body}\n`;
  const rules = (raw: string) => compileArticle({ id: 'w', file: 'w.md', raw }).events.map((e) => e.dateReason.rule);

  it('gives the lead its event when the dated event of the week tells something else', () => {
    const raw = article('Harbour Lines raised its offer for Delta Foods to $12 a share.\n\nHarbour Lines shares rose 2% yesterday.');
    const found = compileArticle({ id: 'w', file: 'w.md', raw }).events.find((e) => e.dateReason.rule === UNDATED_LEAD_RULE);
    expect(found?.date.start).toBe(PUBLISHED);
    expect(found?.label).toMatch(/^Harbour Lines raised its offer/);
    // A result of another firm, a match of another club: other happenings.
    expect(rules(article('Orlo Foods cut its quarterly dividend to 5 cents a share.\n\nRival Brenmark Foods reported a loss on Tuesday.', 'Orlo halves its payout'))).toContain(UNDATED_LEAD_RULE);
  });

  it('adds nothing when a dated event of the week tells the same deed or announces it', () => {
    expect(rules(article('Harbour Lines raised its offer for Delta Foods to $12 a share.\n\nHarbour Lines raised the offer on Tuesday after Delta turned it down.'))).not.toContain(UNDATED_LEAD_RULE);
    expect(rules(article('Harbour Lines has agreed to buy the Delta Foods chain for $40 million.\n\nDelta Foods shares jumped 30% on the announcement yesterday.'))).not.toContain(UNDATED_LEAD_RULE);
  });
});

describe('undatedLead beside a market price', () => {
  it("gives the lead its event when the week's only dated line is the stock's price", () => {
    const raw = `---\ntitle: Orvane guards against a bid\npublished: ${PUBLISHED}\n---\n\nOrvane Holdings adopted a plan meant to make any unwanted bid for the company too costly.\n\nIn composite trading on the Varno exchange, Orvane shares closed yesterday at $12.50, down 25 cents.\n`;
    const events = compileArticle({ id: 'o', file: 'o.md', raw }).events;
    expect(events.find((e) => e.dateReason.rule === UNDATED_LEAD_RULE)?.label).toMatch(/^Orvane Holdings adopted/);
  });

  it('adds nothing when the week also dates the same deed, or the lead is itself the price', () => {
    const deed = `---\ntitle: Orvane guards against a bid\npublished: ${PUBLISHED}\n---\n\nOrvane Holdings adopted a plan meant to make any unwanted bid for the company too costly.\n\nThe Orvane board adopted the plan on Tuesday.\n\nOrvane shares closed yesterday at $12.50 in composite trading.\n`;
    expect(compileArticle({ id: 'p', file: 'p.md', raw: deed }).events.map((e) => e.dateReason.rule)).not.toContain(UNDATED_LEAD_RULE);
    const price = `---\ntitle: Orvane falls\npublished: ${PUBLISHED}\n---\n\nOrvane shares fell sharply to close at $12.50 in heavy trading on the Varno exchange.\n\nOrvane shares closed yesterday at $12.50 in composite trading.\n`;
    expect(compileArticle({ id: 'q', file: 'q.md', raw: price }).events.map((e) => e.dateReason.rule)).not.toContain(UNDATED_LEAD_RULE);
  });
});
