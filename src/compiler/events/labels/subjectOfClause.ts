// Subject and referent: a clause that opens on a relative word, a participle, an auxiliary or a verb after an
// apposition gets back the subject or the name it is said of.
import { CALENDAR_WORDS, LINK_ADVERBS, pastOfIng } from '../../text/lexicon';
import { isCap } from '../../text/tokens';
import { NUMBER_FIRST_WORDS } from '../../temporal/resources/patterns';
import { AUXILIARY_LEAD, DATE_WORD, ING_LEAD, PARTICIPLE_LEAD, QUANTITY, clauseSubject, isVerbOfClause, lastNounPhrase, opensOnVerb, verbless } from './clauseParts';
import { FUNCTION_WORDS, bare, startsWithPreposition, tidy, words } from './labelText';

/**
 * "Castlegate, who won the cup in 2015, also beat …": a relative clause says
 * what its antecedent did, so the label gets the antecedent back as subject.
 */
// Words that tie a sentence to the one before it, set off by a comma: "However, …", "Meanwhile, …".
const isLinkAdverb = (text: string): boolean => LINK_ADVERBS.has(text.toLowerCase()) || /^in\s+(?:addition|fact)$/i.test(text);

// "Unveiled last April, the chip holds …": a main clause in the present, its subject a determiner and a few words.
const PRESENT_CLAUSE = /^\s*(?:the|its|their|his|her)\s+((?:[\p{L}\d'’-]+\s+){0,3}?\p{Ll}[\p{Ll}-]*)\s+\p{Ll}{2,}[^s\s]s\s+\S/u;

/** The subject of a main clause told in the present ("the chip holds …" is "chip"), or ''. */
function presentSubject(segment: string): string {
  return PRESENT_CLAUSE.exec(segment)?.[1] ?? '';
}

// "… are building solar-powered ferries, which are due …": a plural object with no determiner, after its verb.
const BARE_OBJECT = /\b(?:are|is|were|was|have|has|had)?\s*\p{Ll}{3,}(?:ing|ed)\s+((?:[\p{Ll}\d-]+\s+){0,2}\p{Ll}{3,}s)$/u;

/** The bare plural object that ends a clause ("486-based machines"), or ''. */
function bareObject(text: string): string {
  const m = BARE_OBJECT.exec(text.trim());
  return m && !words(m[1]!).some((w) => FUNCTION_WORDS.has(w)) ? m[1]! : '';
}

export function withSubject(clause: string, raw: string, text: string, segs: Array<{ start: number; end: number }>, at: number): string {
  const listed = withListSubject(clause, text, segs, at);
  if (listed) return listed;
  if (at === 0) {
    // "Rescued on May 2 by fishermen, the boy has become …": an opening participle is said of the main clause's subject.
    const opening = segs.length > 1 && /^\s*\p{Lu}/u.test(raw) && PARTICIPLE_LEAD.test(raw.replace(/\p{Lu}/u, (c) => c.toLowerCase()));
    const next = opening ? text.slice(segs[1]!.start, segs[1]!.end) : '';
    const main = opening ? clauseSubject(next) || presentSubject(next) : '';
    return main ? `${main} ${clause.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}` : clause;
  }
  // "Ana Brel, the engineer who designed the bridge in 1998": the apposition's clause is said of the name before it.
  const described = describedName(text, segs, at);
  if (described) {
    const rel = /\s(who|whose)\s/i.exec(raw);
    if (rel) return `${rel[1]!.toLowerCase() === 'whose' ? `${described}’s` : described} ${tidy(raw.slice(rel.index + rel[0].length))}`;
  }
  // "Elm, 61, who led the city …": an age between the name and its clause is passed over.
  let k = at - 1;
  while (k > 0 && /^(?:aged\s+)?\d{1,3}$/.test(text.slice(segs[k]!.start, segs[k]!.end).trim())) k--;
  const before = text.slice(segs[k]!.start, segs[k]!.end).trim();
  let antecedent = '';
  if (/^\s*(?:who|which|whose)\s+/i.test(raw)) {
    // The noun right before the comma: "…two points clear of Eastfield, who play …" is Eastfield.
    // A short segment that reads as a noun phrase is the antecedent whole ("The Metal and Electrical Workers' Union").
    const named = (/(?:^|\s)((?:[A-Z][\w'’.-]*\s*){1,4})$/.exec(before)?.[1] ?? '').trim();
    const nounLike = /^(?:[A-Z"“]|(?:the|a|an|its|their)\s)/.test(before);
    // ("The coach said that Ivo Marn, who …": a segment with a verb is a clause; the name that ends it is the antecedent.)
    antecedent = words(before).length <= 6 && nounLike && verbless(before) ? before : named && !/^(?:The|A|An)$/.test(named) ? named : lastNounPhrase(before) || bareObject(before);
  } else if (PARTICIPLE_LEAD.test(raw)) {
    // "Dockworkers at Kessaro, Brenmark's largest port, voted on Sunday": after an apposition, a verb of the
    // noun before it; otherwise a participle qualifying the noun before it ("… under the Selmar Accord,
    // signed by the two governments in 2019").
    const subject = at >= 2 ? text.slice(segs[at - 2]!.start, segs[at - 2]!.end).trim() : '';
    // ("Traders, betting on a clash, pushed up the price": a participle's aside between the subject and the verb too.)
    const apposition = /^(?:(?:the|a|an|its|their|his|her)\s|\S+['’]s\s)/.test(before) || (ING_LEAD.test(before.toLowerCase()) && verbless(subject));
    antecedent = apposition && subject && words(subject).length <= 6 && isCap(subject) && !startsWithPreposition(subject) ? subject : describedName(text, segs, at - 1) || lastNounPhrase(before);
  } else if (ING_LEAD.test(raw)) {
    // "The minister tried to calm the row, saying on Friday that …": a participle after the clause is its subject's,
    // and with it the participle is that subject's deed, told in the past ("Minister said that …"), no fragment.
    for (let j = at - 1; j >= 0 && !antecedent; j--) {
      const host = text.slice(segs[j]!.start, segs[j]!.end);
      antecedent = clauseSubject(host);
      // ("The minister, meanwhile, sought to calm the row, saying …": a clause that opens on its verb has its subject
      // in the segment before it, past a link word.)
      if (!antecedent && opensOnVerb(host)) {
        let n = j - 1;
        while (n > 0 && isLinkAdverb(text.slice(segs[n]!.start, segs[n]!.end).trim())) n--;
        const subject = n >= 0 ? text.slice(segs[n]!.start, segs[n]!.end).trim() : '';
        if (n >= 0 && n < j - 1 && verbless(subject) && words(subject).length <= 6 && !startsWithPreposition(subject) && /^(?:\p{Lu}|(?:the|a|an|its|their)\s)/u.test(subject)) antecedent = subject;
        break;
      }
    }
  } else if (AUXILIARY_LEAD.test(raw)) {
    // "The inquiry, chaired by a judge, will hear the executives on Thursday": the subject opens the sentence.
    // ("However, the firm's mining arm, while profitable, was hurt …": a link word opening the sentence is no subject.)
    const o = segs.length > 2 && isLinkAdverb(text.slice(segs[0]!.start, segs[0]!.end).trim()) ? 1 : 0;
    const opening = text.slice(segs[o]!.start, segs[o]!.end).trim();
    // "… says its chief, Ana Brel, will step down …": a name between commas right before the verb is its subject.
    if (at >= 2 && NAME_ONLY.test(before) && words(before).length <= 4 && !CALENDAR_WORDS.has(bare(words(before).pop() ?? ''))) antecedent = before;
    // ("…, but Ana Brel, the district attorney, has scheduled …": the name an apposition describes, before the opening.)
    else if (at >= 2 && fullDescribedName(text, segs, at - 1)) antecedent = fullDescribedName(text, segs, at - 1);
    else if (words(opening).length <= 6 && !startsWithPreposition(opening)) antecedent = opening;
    // ("The mill in the town of Kell, which opened in 1950, will close …": a longer noun phrase before a relative clause.)
    else if (at === o + 2 && words(opening).length <= 10 && verbless(opening) && /^(?:the|a|an|its|their)\s/i.test(opening) && /^(?:who|which)\s/i.test(before)) antecedent = opening;
    else {
      // "We learned that the next round of launches, the ones abroad, will begin …": the subject of the that-clause,
      // before an apposition.
      const k2 = at >= 2 && /^(?:the|a|an)\s/i.test(before) ? at - 2 : at - 1;
      const host = text.slice(segs[k2]!.start, segs[k2]!.end);
      const that = /\b(?:that|said|says)\s+((?:the|a|an|its|their)\s+[^,]+)$/i.exec(host);
      if (that && words(that[1]!).length <= 8) antecedent = that[1]!;
    }
  }
  // ("Brel Corp., capitalizing on its cuts, expects margins of 10% next year", "Tesk Mills, the largest employer,
  // expects a loss": after a participle's or a noun's aside, a present verb too.)
  const first = bare(words(raw)[0] ?? '');
  const presentAfterAside = /^[a-z]{3,}[^s]s$/.test(first) && (ING_LEAD.test(before.toLowerCase()) || /^(?:the|a|an|its|their)\s/i.test(before));
  if (!antecedent && at >= 2 && VERB_LEAD.test(raw) && (isVerbOfClause(first) || presentAfterAside)) {
    // "About 200 workers, drivers and their families, left the port on Monday": the sentence opens on the subject,
    // an apposition follows, then the verb with the date.
    const opening = text.slice(segs[0]!.start, segs[0]!.end).trim();
    // A name of one word is left to the sentence's subject, which knows it in full ("Ortega" is "Daniel Ortega").
    // (A participle opening, "Citing an example,", is no subject either.)
    const nounPhrase = /^(?:\p{Lu}|\d)/u.test(opening) && !/^(?:We|I|You|They|He|She|It)\b/.test(opening) && !ING_LEAD.test(opening.toLowerCase());
    if (verbless(opening) && nounPhrase && words(opening).length >= 2 && words(opening).length <= 6 && (!startsWithPreposition(opening) || QUANTITY.test(opening))) {
      antecedent = opening;
    }
  }
  // "… that Ivo Marn, a former guard, set the fire …": a verb after an apposition is said of the name it describes.
  if (!antecedent && at >= 2 && VERB_LEAD.test(raw) && isVerbOfClause(first)) antecedent = fullDescribedName(text, segs, at - 1);
  if (!antecedent) return clause;
  if (ING_LEAD.test(raw) && !PARTICIPLE_LEAD.test(raw) && !/^\s*(?:who|which|whose)\s/i.test(raw)) {
    const first = /^\S+/.exec(clause)?.[0] ?? '';
    const past = pastOfIng(first);
    // ("being": was or were, as the subject is one or many; left as it is.)
    if (past && first === first.toLowerCase() && first !== 'being') clause = `${past}${clause.slice(first.length)}`;
  }
  // "Under the deal, which took effect …": the deal, without the preposition that governed it.
  return `${antecedent.replace(/^(?:under|with|by|after|before|in|on|at|from|for|of|to)\s+/i, '').replace(/^(?:the|a|an|this|that|these|those)\s+/i, '')} ${clause}`;
}

/**
 * The name an apposition describes, unless it is one word opening the sentence: that is left to the sentence's
 * subject, which knows it in full ("Marn" is "Ivo Marn").
 */
function fullDescribedName(text: string, segs: Array<{ start: number; end: number }>, k: number): string {
  const name = describedName(text, segs, k);
  return k - 1 === 0 && !/\s/.test(name) ? '' : name;
}

/** A segment that ends on a person or a thing named by its noun: "that the driver". */
const DESCRIBED_END = /\b(?:that|said|says)\s+(?:the|a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+\s*$/u;

/**
 * "… said they had concluded that Ivo Marn, a former guard, set the fire": a segment that ends on a name whose
 * apposition follows, then the name's verb: the segment goes on with that verb's segment. Null when not so.
 */
export function acrossApposition(text: string, segs: Array<{ start: number; end: number }>, at: number): string | null {
  const verb = segs[at + 2];
  if (!verb || !opensOnVerb(text.slice(verb.start, verb.end))) return null;
  // ("… that the driver, a 30-year-old courier, ran …": a described person too.)
  const described = DESCRIBED_END.test(text.slice(segs[at]!.start, segs[at]!.end)) && /^\s*(?:the|a|an)\s/i.test(text.slice(segs[at + 1]!.start, segs[at + 1]!.end));
  if (!described && !describedName(text, segs, at + 1)) return null;
  return `${text.slice(segs[at]!.start, segs[at]!.end)} ${text.slice(verb.start, verb.end)}`;
}

/**
 * The name an apposition describes: segment `k` opens on "the", "a" or "an" ("the engineer who …", "a 44-year-old
 * welder") and the segment before it ends on a capitalised name ("… for Ana Brel"). Empty when not so; a day or a
 * month is no name.
 */
function describedName(text: string, segs: Array<{ start: number; end: number }>, k: number): string {
  if (k < 1 || !/^\s*(?:the|a|an)\s/i.test(text.slice(segs[k]!.start, segs[k]!.end))) return '';
  const name = /(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*$/u.exec(text.slice(segs[k - 1]!.start, segs[k - 1]!.end))?.[1] ?? '';
  const last = bare(name.split(/\s+/).pop() ?? '');
  return !name || CALENDAR_WORDS.has(last) || /^(?:The|A|An|But|And)$/.test(name) ? '' : name;
}

/** A run of capitalised words and initials only ("Ana K. Brel"). */
const NAME_ONLY = /^\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?)*$/u;

const VERB_LEAD = /^\s*\p{Ll}/u;

/** How long a list of subjects may run before it is told by its first item "and others", when the label would run past
 * LABEL_CHARS with it whole. */
const LIST_SUBJECT_CHARS = 52;
const LABEL_CHARS = 80;

/**
 * "On Monday, Ana Brel, port director Ivo Marn and others closed the docks": `clause` (segment `at`, maybe without its
 * date) has a subject that holds the list's last items ("… and others closed") after segments that are items alone
 * (short noun phrases with no verb, a name or a determiner in each: "defence minister Ana Brel"): the earlier items are its subject too, or else the label would name only the
 * last ones. A subject longer than LIST_SUBJECT_CHARS is told by its first item "and others". Null when the segment
 * opens on no such items or no item stands before it; a date, a place's phrase or a link word ("Meanwhile,") ends the
 * list.
 */
export function withListSubject(clause: string, text: string, segs: ReadonlyArray<{ start: number; end: number }>, at: number): string | null {
  const w = words(clause);
  // (The first verb, a finite one: "applied in May and became a member" opens on its verb, and "issued by" is a
  // participle of a noun.)
  const verb = w.findIndex((x) => /^\p{Ll}/u.test(x) && isVerbOfClause(bare(x)));
  const before = w.slice(0, Math.max(0, verb)).map(bare);
  if (verb < 2 || verb > 12 || bare(w[verb + 1] ?? '') === 'by' || !before.some((x) => x === 'and' || x === 'or')) return null;
  if (w.slice(0, verb).some((x) => /[,;:]$|\p{Ll}\.\p{Lu}/u.test(x))) return null;
  const items: string[] = [];
  for (let j = at - 1; j >= 0; j--) {
    const item = text.slice(segs[j]!.start, segs[j]!.end).trim();
    // ("three doctors, including Ana Brel, two nurses and …": an aside naming one of an item is passed over.)
    if (/^(?:including|among\s+them)\s/i.test(item)) continue;
    const iw = words(item);
    if (iw.length === 0 || iw.length > 6 || !verbless(item) || startsWithPreposition(item) || isLinkAdverb(item)) break;
    if (iw.some((x) => CALENDAR_WORDS.has(bare(x)) || /^\d/.test(x) || DATE_WORD.test(bare(x))) || !(/^(?:the|a|an|his|her|their|its)\s|\p{Lu}/u.test(item) || NUMBER_FIRST_WORDS.includes(bare(iw[0]!)))) break;
    items.unshift(item);
  }
  if (items.length === 0) return null;
  const subject = `${items.join(', ')}, ${w.slice(0, verb).join(' ')}`;
  const rest = w.slice(verb).join(' ');
  return listLabel(items, subject, rest);
}

/** A subject that is a list, and the rest of the clause: the list told by its first item "and others" when too long. */
export function listLabel(items: readonly string[], subject: string, rest: string): string {
  return subject.length > LIST_SUBJECT_CHARS && subject.length + rest.length >= LABEL_CHARS ? `${items[0]} and others ${rest}` : `${subject} ${rest}`;
}
