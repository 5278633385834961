// Subject and referent: a clause that opens on a relative word, a participle, an auxiliary or a verb after an
// apposition gets back the subject or the name it is said of.
import { CALENDAR_WORDS } from '../../text/lexicon';
import { isCap } from '../../text/tokens';
import { AUXILIARY_LEAD, ING_LEAD, PARTICIPLE_LEAD, QUANTITY, clauseSubject, isVerbOfClause, lastNounPhrase, verbless } from './clauseParts';
import { bare, startsWithPreposition, tidy, words } from './labelText';

/**
 * "Castlegate, who won the cup in 2015, also beat …": a relative clause says
 * what its antecedent did, so the label gets the antecedent back as subject.
 */
// Words that tie a sentence to the one before it, set off by a comma: "However, …", "Meanwhile, …".
const LINK_ADVERB = /^(?:however|meanwhile|moreover|nevertheless|nonetheless|furthermore|still|instead|separately|likewise|indeed|in\s+addition|in\s+fact)$/i;

export function withSubject(clause: string, raw: string, text: string, segs: Array<{ start: number; end: number }>, at: number): string {
  if (at === 0) {
    // "Rescued on May 2 by fishermen, the boy has become …": an opening participle is said of the main clause's subject.
    const main = segs.length > 1 && /^\s*\p{Lu}/u.test(raw) && PARTICIPLE_LEAD.test(raw.replace(/\p{Lu}/u, (c) => c.toLowerCase())) ? clauseSubject(text.slice(segs[1]!.start, segs[1]!.end)) : '';
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
    antecedent = words(before).length <= 6 && nounLike && verbless(before) ? before : named && !/^(?:The|A|An)$/.test(named) ? named : lastNounPhrase(before);
  } else if (PARTICIPLE_LEAD.test(raw)) {
    // "Dockworkers at Kessaro, Brenmark's largest port, voted on Sunday": after an apposition, a verb of the
    // noun before it; otherwise a participle qualifying the noun before it ("… under the Selmar Accord,
    // signed by the two governments in 2019").
    const subject = at >= 2 ? text.slice(segs[at - 2]!.start, segs[at - 2]!.end).trim() : '';
    // ("Traders, betting on a clash, pushed up the price": a participle's aside between the subject and the verb too.)
    const apposition = /^(?:(?:the|a|an|its|their|his|her)\s|\S+['’]s\s)/.test(before) || (ING_LEAD.test(before.toLowerCase()) && verbless(subject));
    antecedent = apposition && subject && words(subject).length <= 6 && isCap(subject) && !startsWithPreposition(subject) ? subject : describedName(text, segs, at - 1) || lastNounPhrase(before);
  } else if (ING_LEAD.test(raw)) {
    // "The minister tried to calm the row, saying on Friday that …": a participle after the clause is its subject's.
    for (let j = at - 1; j >= 0 && !antecedent; j--) antecedent = clauseSubject(text.slice(segs[j]!.start, segs[j]!.end));
  } else if (AUXILIARY_LEAD.test(raw)) {
    // "The inquiry, chaired by a judge, will hear the executives on Thursday": the subject opens the sentence.
    // ("However, the firm's mining arm, while profitable, was hurt …": a link word opening the sentence is no subject.)
    const o = segs.length > 2 && LINK_ADVERB.test(text.slice(segs[0]!.start, segs[0]!.end).trim()) ? 1 : 0;
    const opening = text.slice(segs[o]!.start, segs[o]!.end).trim();
    // "… says its chief, Ana Brel, will step down …": a name between commas right before the verb is its subject.
    if (at >= 2 && NAME_ONLY.test(before) && words(before).length <= 4 && !CALENDAR_WORDS.has(bare(words(before).pop() ?? ''))) antecedent = before;
    else if (words(opening).length <= 6 && !startsWithPreposition(opening)) antecedent = opening;
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
  if (!antecedent) return clause;
  // "Under the deal, which took effect …": the deal, without the preposition that governed it.
  return `${antecedent.replace(/^(?:under|with|by|after|before|in|on|at|from|for|of|to)\s+/i, '').replace(/^(?:the|a|an|this|that|these|those)\s+/i, '')} ${clause}`;
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
