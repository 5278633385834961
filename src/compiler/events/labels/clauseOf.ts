// The clause that tells the event: the date-lead, saying, deadline, plan and list-tail rules tried in order over the
// sentence's clauses, handing the narrower cases to the modules of this folder.
import { DATED_HAPPENING_NOUNS, RESULT_NOUNS, alternation } from '../../text/lexicon';
import { PUBLISHED_BEFORE, capitalise } from '../headline';
import { asideOfPlan } from './asideOfPlan';
import { biddenDeed, promisedDeed } from './biddenDeed';
import { clauseBeforeBracket } from './bracketedDate';
import { PAST_VERB, QUANTITY, isVerbOfClause, lastNounPhrase, verbless } from './clauseParts';
import { BOUNDARY, cutAttribution, segments, withoutAsides } from './clauseSegments';
import { deadline } from './deadline';
import { embeddedClause } from './embeddedClause';
import { causeOfDate, nounOfDate, participleOfObject, wherePlace } from './happeningNoun';
import { innerHappening } from './innerHappening';
import type { LabelInput } from './labelInput';
import { TRAILING_PREPOSITIONS, bare, contentWords, shrinkTitles, startsWithPreposition, tidy, words } from './labelText';
import { listTail } from './listTail';
import { mainClauseAfter } from './mainClauseAfter';
import { occasionOpening } from './occasionOpening';
import { pairedItem } from './pairedItem';
import { possessiveNoun } from './possessiveNoun';
import { secondConjunct } from './secondConjunct';
import { acrossApposition, withSubject } from './subjectOfClause';
import { opensSubordinateClause, subordinateClause } from './subordinateClause';
import { trailingSaying, withOpeningSpeaker } from './trailingSaying';
import { verbAfterAside } from './verbAfterAside';

// "scheduled for", "due on", "set to take place on": a plan, right before its date.
const PLANNED_FOR = String.raw`(?:scheduled|planned|set|due|slated|expected)\s*(?:for|on|to\s+take\s+place\s+on)?\s*$`;
const PLANNED_ALONE = new RegExp(String.raw`^\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?` + PLANNED_FOR, 'i');

const SCHEDULED = new RegExp(String.raw`\b(?:an?|the)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:that\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?` + PLANNED_FOR, 'i');
// SCHEDULED's closing words alone: its long pattern is tried only where they end the text.
const PLANNED_END = new RegExp(PLANNED_FOR, 'i');

// "… was Tesk - and that was some 20 years ago": the date dates the clause before.
const THAT_WAS = /^\s*(?:(?:and|but)\s+)?(?:that|this)\s+(?:was|came|happened)\s+(?:(?:almost|nearly|about|some|fully|only|just|exactly|more\s+than)\s+)*$/i;

// "the deepest slump since the Long Freeze of the 1870s": the yardstick of a superlative is named, and its name is the label.
const YARDSTICK = /\b(?:[a-z]{2,}est|worst|best|most\s+[a-z]+|least\s+[a-z]+)\s+(?:[a-z]+\s+){0,3}since\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,4})(?:of|in)\s+(?:the\s+)?$/u;

// "In a penalty shootout [Sunday]": the opening phrase's preposition, its article and its noun, right before the date.
const OPENING_NOUN = /^\s*(?:in|at|during)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){1,3}$/iu;

/** A name of a few capitalised words that opens the sentence and stands right before its date. */
const SPEAKER_LINE = /^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+$/u;

const DATE_ADVERBS = /^\s*(?:(?:and|but|so)\s+)?(?:(?:back|just|finally|only|even|again|most\s+recently|as\s+recently\s+as)\s+)+/i;

// ("He was in Tesk working for the paper in 1968 when the army came": being somewhere frames the date too.)
const FRAMING_CLAUSE = /\b(?:could|would|might|should|must)\s+(?:not\s+)?have\s+\p{Ll}+|\btook\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}turn\b|\b(?:was|were)\s+(?:still\s+)?(?:in|at)\s/iu;

/**
 * "The mill announced the sale Aug. 21": what is left beside the saying is only its object and the date, no clause
 * of its own, so the announcing is the happening the date dates and the label keeps it.
 */
function onlyObjectOfSaying(input: LabelInput): boolean {
  const { sentence, attribution, exprStart, exprEnd } = input;
  if (!attribution || attribution.start > 0 || exprStart < attribution.end) return false;
  const rest = `${sentence.slice(attribution.end, exprStart)} ${sentence.slice(exprEnd)}`;
  return /^\s*(?:the|a|an|its|their|his|her)\s/i.test(rest) && contentWords(tidy(rest)) <= 3
    && !words(rest).some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && isVerbOfClause(bare(w)));
}

/**
 * "Harbour chief Ivo Marn said here Friday that the raid …": the wire's "here" between the saying and its date; the
 * date is the saying's, so the speaker stays in the label with what was said.
 */
// (Also "said in a letter published Friday that …": the publishing of the letter dates the saying.)

function saidHere(input: LabelInput): boolean {
  const { sentence, attribution, exprStart, exprEnd } = input;
  return !!attribution && attribution.end <= exprStart && (/^\s*here\s+$/i.test(sentence.slice(attribution.end, exprStart)) || PUBLISHED_BEFORE.test(sentence.slice(attribution.start, exprStart))) && /^\s*,?\s*that\s/i.test(sentence.slice(exprEnd));
}

// "Delmor Freight reported a 77% drop in net income": "reported" with a result as its object is a deed, not a saying.
const REPORTED = /\b(?:reported|reports|posted|posts)\s*$/i;
const RESULT_OBJECT = new RegExp(String.raw`^\s+(?:a|an)\s+(?:[^\s,;:]+\s+){0,2}?(?:${alternation(RESULT_NOUNS)})\b`, 'i');

function reportedResult(input: LabelInput): boolean {
  const { sentence, attribution } = input;
  return !!attribution && REPORTED.test(sentence.slice(attribution.start, attribution.end)) && RESULT_OBJECT.test(sentence.slice(attribution.end));
}

/** The clause that tells the event, before it is made a headline; the speaker apart for a statement. */
export function clauseOf(input: LabelInput): string {
  if (onlyObjectOfSaying(input) || saidHere(input) || reportedResult(input)) return clauseOf({ ...input, attribution: null });
  const { sentence, exprStart, exprEnd, statementBy, people } = input;
  if (statementBy) return shrinkTitles(tidy(cutAttribution(sentence, input.attribution).replace(/\s+/g, ' ')), people);
  const paired = pairedItem(input, clauseOf);
  if (paired) return paired;
  // A transcript's speaker line, "McAllan on Friday ``Let me say this plainly …''": the speaker and what was said.
  const line = SPEAKER_LINE.exec(sentence.slice(0, exprStart));
  const quoted = line ? /^\s*(?:``|“|")\s*([^,;:.!?]+)/u.exec(sentence.slice(exprEnd)) : null;
  if (line && quoted && contentWords(quoted[1]!) >= 2) return `${line[1]}: ${capitalise(quoted[1]!.trim())}`;

  const text = withoutAsides(cutAttribution(sentence, input.attribution), exprStart, exprEnd);
  const segs = segments(text, exprStart, exprEnd);
  const at = Math.max(0, segs.findIndex((s) => s.start <= exprStart && exprStart <= s.end));
  const seg = segs[at] ?? { start: 0, end: text.length };

  // "X will sign the bill on Tuesday, officials said Saturday": the saying is the event, and what was said names it.
  const saying = trailingSaying(text, segs, at, exprStart, exprEnd, people);
  if (saying !== null) return withOpeningSpeaker(saying, sentence, input.attribution);
  // A date set as a deadline, or one that ends what a ruling or a binding noun requires: what must be done by it.
  const due = deadline(text, seg, exprStart, exprEnd, people);
  if (due !== null) return due;
  const yardstick = YARDSTICK.exec(text.slice(seg.start, exprStart));
  if (yardstick) return tidy(yardstick[1]!);
  // "The last to win was Brenmoor - and that was nearly 30 years ago": the clause before, past its opening phrase.
  if (at > 0 && THAT_WAS.test(text.slice(seg.start, exprStart)) && contentWords(tidy(text.slice(exprEnd, seg.end))) === 0) {
    let from = 0;
    while (from < at - 1 && startsWithPreposition(text.slice(segs[from]!.start, segs[from]!.end))) from++;
    const before = tidy(text.slice(segs[from]!.start, segs[at - 1]!.end));
    if (contentWords(before) >= 2) return capitalise(shrinkTitles(before, people));
  }

  // "…, a day after a strong earthquake left 2,000 dead": the happening the phrase anchors to follows it.
  if (input.anchored === 'noun') {
    const tail = tidy(text.slice(exprEnd, seg.end));
    if (contentWords(tail) >= 1) return capitalise(shrinkTitles(tail, people));
  }
  // "… a flood the day before that drowned 300 sheep": the noun before the phrase, and its clause.
  if (input.anchored === 'relative') {
    const noun = lastNounPhrase(text.slice(seg.start, exprStart));
    const clause = tidy(text.slice(exprEnd, seg.end).replace(/^\s*(?:that|which|who)\s+/i, ''));
    if (noun) return capitalise(shrinkTitles(tidy(`${noun} ${clause}`), people));
  }

  // "In Sunday's debate against Marn, Rusk attacked him": the opening phrase names the occasion of the main clause.
  const occasion = occasionOpening(text, segs, at, exprStart, exprEnd, people);
  if (occasion) return occasion;
  // "the toll from Saturday's earthquake in the valley rose …": a possessive date dates its noun.
  const owned = possessiveNoun(text, seg, exprStart, exprEnd, input.others);
  if (owned) return capitalise(shrinkTitles(owned, people));

  // "a hearing scheduled for Friday in Tesk": the scheduled thing is the event.
  const beforeDate = text.slice(seg.start, exprStart);
  const scheduled = PLANNED_END.test(beforeDate) ? SCHEDULED.exec(beforeDate) : null;
  if (scheduled) {
    const rest = tidy(text.slice(exprEnd, seg.end));
    return capitalise((tidy(`${scheduled[1]} ${rest}`)));
  }

  // "elections for the regional council, planned for April 6": the thing is the segment before.
  if (at > 0 && PLANNED_ALONE.test(beforeDate)) {
    const thing = tidy(text.slice(segs[at - 1]!.start, segs[at - 1]!.end));
    if (contentWords(thing) >= 1) return capitalise((shrinkTitles(thing, people)));
  }

  // "since 1991, when the army occupied …": the when-clause is what happened then.
  const after = text.slice(exprEnd);
  // ("…, most recently last October when a doctor was shot": the date opens its segment, so no comma is needed.)
  const opensSegment = contentWords(text.slice(seg.start, exprStart).replace(DATE_ADVERBS, '')) === 0;
  // ("The city could have used help in 1979 when the army invaded", "the row took a personal turn Thursday when Ivo
  // Marn called Ana Brel a liar": a main clause that only frames the date, a deed that was not done or a turn, leaves
  // the when-clause to tell what happened, without a comma too.)
  const frames = FRAMING_CLAUSE.test(text.slice(seg.start, exprStart));
  const when = (opensSegment || frames ? /^\s*,?\s*when\s+/i : /^\s*,\s*when\s+/i).exec(after);
  if (when) {
    // A dashed aside naming the subject ("when the three founders - A, B and C - will try …") is passed over.
    const rest = text.slice(exprEnd + when[0].length).replace(/^([^,;:()]*?)\s+[—–-]{1,2}\s+[^—–]*?\s+[—–-]{1,2}\s+/u, '$1 ');
    const clause = tidy(rest.slice(0, rest.search(BOUNDARY) < 0 ? rest.length : rest.search(BOUNDARY)));
    if (contentWords(clause) >= 1) return capitalise(shrinkTitles(clause, people));
  }

  // A date that opens its clause ("On Thursday, …") is dropped from the label; one inside it
  // ("stationed since the fall 2020 conflict") is part of what the clause says.
  const prefix = text.slice(seg.start, exprStart);
  // The preposition that governed the date goes with it: "and in 1923 it became …" is "it became …".
  const own = contentWords(prefix) === 0
    ? `${prefix.replace(TRAILING_PREPOSITIONS, '')} ${text.slice(exprEnd, seg.end)}`
    : text.slice(seg.start, seg.end);
  // A date phrase standing alone ("In the spring of 2019, …", "In a statement on Thursday, …"): the
  // main clause follows; skip any further prepositional segments to reach it.
  const segText = text.slice(seg.start, seg.end);
  // "A year ago, it reported …", "Two days later, …": a segment that is the date alone opens the main clause too.
  // ("Back in May, …" too: "back" only says the date is past.)
  // ("Finally today, …", "And just last month, …", "Up until Thursday, …": adverbs that only place the date.)
  const dateAlone = contentWords(tidy(`${text.slice(seg.start, exprStart).replace(DATE_ADVERBS, '')} ${text.slice(exprEnd, seg.end)}`)) === 0;
  // "… at 9:10 a.m. (0710 GMT) Monday, flooding …": a date after or in a bracket dates the clause before it.
  const bracketed = clauseBeforeBracket(text, segs, at, exprStart, exprEnd);
  if (bracketed) return capitalise(shrinkTitles(bracketed, people));
  if (opensSubordinateClause(text.slice(seg.start, exprStart))) {
    return capitalise(shrinkTitles(tidy(segText.replace(/^\s*\S+\s+/, '')), people));
  }
  // ("About $60 million flowed out last week, double …": a count that opens the sentence on "about" is its subject; one
  // set off inside it, "spending, about $3 billion this year, now exceeds …", is an aside.)
  if (((startsWithPreposition(segText) && !(at === 0 && QUANTITY.test(segText.trim()))) || dateAlone) && words(segText).length <= 8 && at < segs.length - 1) {
    const main = mainClauseAfter(text, segs, at, people);
    if (main) return main;
  }
  // A long opening phrase ("In a note released Monday in Oslo recounting sessions of the panel
  // Wednesday and Thursday, the agency said …"): a date after a participle dates the main clause's saying; one
  // after a noun dates that noun.
  // ("About 100 dockers marched …": a count opening the clause is its subject, not a phrase of "about".)
  const clauseInside = /\b(?:said|says|told|had|has|have|was|were|is|are|will|would)\b/i.test(segText) || QUANTITY.test(segText.trim());
  if (at === 0 && startsWithPreposition(segText) && words(segText).length > 8 && !clauseInside && segs.length > 1 && text.slice(0, seg.end) === sentence.slice(0, seg.end)) {
    const head = text.slice(seg.start, exprStart);
    // ("In heavy selling Friday on the Tesk bourse, …", "In a penalty shootout Sunday at the Arena Norte
    // before 20,000 fans, …": so does one after a deed's noun in -ing, or after the phrase's own noun.)
    if (/\b(?:[a-z]{3,}ed|[a-z]{3,}ing|made|given|held|written|sent|told|said)\s+(?:on\s+)?$/.test(head) || OPENING_NOUN.test(head)) {
      const main = mainClauseAfter(text, segs, at, people);
      if (main) return main;
    }
    const tail = words(head);
    let from = tail.length;
    while (from > 0 && !/^(?:[a-z]+ing|[a-z]{3,}ed|in|at|on|by|for)$/.test(bare(tail[from - 1]!))) from--;
    // "In a long speech read on state radio Thursday, the general …": a place after a participle ("read on state
    // radio") is where the phrase's happening was; the date is the main clause's.
    if (from > 1 && /^(?:in|at|on)$/.test(bare(tail[from - 1]!)) && /^(?:[a-z]{3,}ed|read|made|given|held|written|sent|shown|broadcast|aired)$/.test(bare(tail[from - 2]!))) {
      const main = mainClauseAfter(text, segs, at, people);
      if (main) return main;
    }
    const noun = tidy(tail.slice(from).join(' '));
    if (from > 0 && contentWords(noun) >= 1 && words(noun).length <= 8) return capitalise(shrinkTitles(noun, people));
  }

  const place = wherePlace(text, seg, exprStart, exprEnd);
  if (place) return capitalise(shrinkTitles(place, people));

  // "… its tender, set to lapse Friday, to June 3": a plan's aside, and the date right after it.
  const aside = asideOfPlan(text, segs, at, exprStart, exprEnd, people);
  if (aside) return aside;
  // A participle or list tail ("…, signed in 2020"): the thing it qualifies comes before it.
  const tail = listTail(text, segs, at, own, input);
  if (tail) return tail;

  // "…returned to work on Saturday after their union accepted a pay offer late on Friday": a date inside a
  // clause of its own (after, before, when, as) labels that clause, not the main one.
  // "The court on Friday rejected a case over a jet blown up in 1988": the first date is the main clause's, a later
  // one in the same clause belongs to the phrase it ends.
  const bidden = biddenDeed(text, seg, exprStart, input) ?? promisedDeed(text, seg, exprStart, input);
  if (bidden) return capitalise(shrinkTitles(bidden, people));
  const dated = nounOfDate(text, seg, exprStart, exprEnd) ?? causeOfDate(text, seg, exprStart, exprEnd);
  if (dated) return capitalise(shrinkTitles(dated, people));
  const described = participleOfObject(text, seg, exprStart, exprEnd);
  if (described) return capitalise(shrinkTitles(described, people));
  // "The spokesman said the police arrested him at the port on Thursday": the nearest verb's clause, the report.
  const embedded = embeddedClause(text, seg, exprStart, exprEnd, input);
  if (embedded) return capitalise(shrinkTitles(embedded, people));
  const inner = innerHappening(text, seg, exprStart, input);
  if (inner) return capitalise(shrinkTitles(inner, people));

  const sub = subordinateClause(text, seg, exprStart, exprEnd, input.others);
  if (sub) return capitalise((shrinkTitles(sub, people)));

  // "X declared … on Monday and flew to the region the same day": the second verb's conjunct, with X.
  const second = secondConjunct(text, seg, exprStart, exprEnd);
  if (second) return capitalise((shrinkTitles(second, people)));

  // "The Friday explosions at embassies in Varno, Tesk, and Ostra, Peltz, killed 110 people": a dated happening noun
  // opening the sentence, cut from its verb by the commas of places, is the subject of the verb after them.
  const verbAfter = at === 0 && segs.length > 1 && DATED_HAPPENING_NOUNS.has(bare(words(text.slice(exprEnd, seg.end))[0] ?? '')) && verbless(tidy(own))
    ? segs.findIndex((v, j) => j > 0 && PAST_VERB.test(bare(words(text.slice(v.start, v.end))[0] ?? '')) && !/^\s*\p{Ll}+(?:ed|en)\s+by\b/u.test(text.slice(v.start, v.end))) : -1;
  if (verbAfter > 0) return capitalise(shrinkTitles(tidy(`${own} ${text.slice(segs[verbAfter]!.start, segs[verbAfter]!.end)}`), people));
  // ("Tomorrow the board of Varn county, Ostland, will vote …": a subject cut from its verb by a place or a participle.)
  const pastAside = verbAfterAside(own, text, segs, at);
  if (pastAside) return capitalise(shrinkTitles(pastAside, people));
  // ("… concluded that Ivo Marn, a former guard, set the fire": a clause cut at an apposition goes on after it.)
  const across = contentWords(prefix) > 0 ? acrossApposition(text, segs, at) : null;
  const clause = across ? tidy(across) : withSubject(tidy(own), own, text, segs, at);
  if (contentWords(clause) >= 2) return capitalise((shrinkTitles(clause, people)));
  return capitalise((shrinkTitles(tidy(text), people)));
}
