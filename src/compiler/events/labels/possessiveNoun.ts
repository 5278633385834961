// A date that qualifies a noun ("Saturday's earthquake", "the Oct. 4 raid"): the noun is the happening it dates.
import { CALENDAR_WORDS } from '../../text/lexicon';
import { PARTICIPLE_LEAD, TIME_NOUN, isClauseVerb, isVerbOfClause, lastNounPhrase, opensOnVerb } from './clauseParts';
import { yearInsideNounPhrase } from './clauseSegments';
import type { LabelInput } from './labelInput';
import { DETERMINERS, PREPOSITIONS, bare, contentWords, tidy, words } from './labelText';

/**
 * "the Oct. 4 raid on the depot", "its 1990 takeover of the port": a date between a determiner and its noun, in a
 * clause that tells something else (words of its own before it). The noun is the happening the date belongs to when
 * a preposition governs it ("charged in the May 2 raid") or the sentence dates its clause otherwise (another date).
 */
function isAttributive(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number, others: LabelInput['others']): boolean {
  const before = text.slice(seg.start, exprStart);
  const m = /(\S+)\s+(?:the|its|his|her|their|an?)\s+$/i.exec(before);
  // (A clause that opens on its verb, "A 2004 law named for …, R-N.C., tightened the 1987 ban", counts the words of
  // its subject, a segment before, where the other date stands before any verb.)
  const subjectDated = opensOnVerb(before) && (others ?? []).some((o) => o.end <= seg.start && !words(text.slice(0, o.start)).some((w) => /^\p{Ll}/u.test(w) && isVerbOfClause(bare(w))));
  // ("a May 4, 1987, share purchase deal": wire copy sets a year off with commas inside the noun phrase.)
  if (!m || !(/^\s+\p{Ll}/u.test(text.slice(exprEnd, exprEnd + 3)) || yearInsideNounPhrase(text, exprStart, exprEnd)) || (contentWords(before) < 2 && !subjectDated)) return false;
  // ("since the 2019 lockout" tells the state that began then: the clause says it.)
  // ("since his May 2 coup" names the coup: whose it was says a happening, not a state that began then.)
  const governed = PREPOSITIONS.has(bare(m[1]!)) && (bare(m[1]!) !== 'since' || sinceOwnHappening(before)) && !TIME_NOUN.test(bare(words(text.slice(exprEnd))[0] ?? ''));
  // Another date of the sentence before this noun phrase (not an item of its list, "the 2019 and 2020 polls") dates
  // the clause: "A 2004 law tightened the 1987 ban". One after it may date a clause about the noun itself.
  const dated = (others ?? []).some((o) => o.end < exprStart - m[0].length);
  return governed || dated;
}

/** "… since his May 2 coup": a date after "since" and a possessive opens the happening the state began with. */
const SINCE_OWN = /\bsince\s+(?:his|her|its|their)\s+$/i;
const sinceOwnHappening = (before: string): boolean => SINCE_OWN.test(before);

/** "… panel that issued ", "… board, which made ": a relative clause's word and verb right before a possessive date. */
const MAKER_BEFORE = /(\S)\s*,?\s+(?:that|which|who)\s+(\p{Ll}+)\s+$/u;

const CAUSATIVE = /^(?:made|makes|make|kept|keeps|left|leaves|rendered|renders)$/;

/** A preposition of place after a participle: "buried near …". */
const PLACE_PREPOSITION = /^(?:in|at|on|near|under|inside|outside|behind|beside)$/;

const NOUN_STOP = /^(?:that|which|who|whose|on|at|for|to|from|since|after|before|with|by|as|when|while|and|but|or|has|have|had|is|are|was|were|will|would|could|may|might|can|should|must)$/;

/**
 * "… of a doctor in a Boston" at the length limit: the phrase stops inside a noun phrase, on its determiner or on a
 * name that qualifies the noun to come ("a Boston suburb"); it goes on to the noun, a few words at most.
 */
function unfinished(noun: ReadonlyArray<string>): boolean {
  if (noun.length >= 11) return false;
  const last = noun[noun.length - 1]!;
  const before = bare(noun[noun.length - 2] ?? '');
  return DETERMINERS.has(bare(last)) || (/^\p{Lu}\p{Ll}+$/u.test(last) && DETERMINERS.has(before));
}

// "As of Friday's close, …", "By Tuesday's deadline, …", "In Monday's trading, …": an opening phrase that only says at
// what moment the main clause holds. ("After Sunday's vote, …" tells a happening before the main clause's.)
const MOMENT_OPENING = /^\W*(?:as\s+of|at|by|in|during|until)\s+$/i;

/** Whether the possessive's noun, one or two words, only places the sentence's main clause in time. */
function momentOfMainClause(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number, noun: ReadonlyArray<string>): boolean {
  // (The preposition may be read as part of the date: "By Tuesday's".)
  const inside = /^(?:as\s+of|at|by|in|during|until)\s+/i.exec(text.slice(exprStart, exprEnd))?.[0] ?? '';
  const rest = text.slice(exprEnd, seg.end);
  // ("Two days on, at Monday's opening, …": another short opening phrase may come first.)
  return noun.length <= 2 && words(text.slice(0, seg.start)).length <= 3 && MOMENT_OPENING.test(text.slice(seg.start, exprStart) + inside) && !noun.some((w) => bare(w) === 'of') &&
    words(rest).length === noun.length && /^\s*,\s*\S+\s+\S+\s+\S/.test(text.slice(seg.end));
}

/**
 * The noun a possessive date belongs to ("Saturday's earthquake in the
 * valley", "Sunday's 1-0 win over Eastfield"), when the sentence tells
 * something else of it; null when the date is not possessive or its noun is
 * the subject of the clause ("Tuesday's meeting agreed to …": the clause).
 */
export function possessiveNoun(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number, others: LabelInput['others']): string | null {
  const possessive = /['’]s$/.test(text.slice(exprStart, exprEnd));
  const attributive = !possessive && isAttributive(text, seg, exprStart, exprEnd, others);
  if (!possessive && !attributive) return null;
  const after = text.slice(exprEnd, seg.end).replace(/^,/, ' ');
  const noun: string[] = [];
  let verbNext = false;
  const ws = words(after);
  for (const [i, w] of ws.entries()) {
    const b = bare(w);
    // An attributive date's noun ends at a preposition other than "of" ("the 1990 invasion of Kuwait until …"), or
    // one of place before a name ("the Aug. 9 blasts at Varno harbour", "the 1998 raid in Tesk"), which says where.
    // ("the May 7 bombings in east Varno", "in northern Tesk": a compass word may come before the name.)
    const place = /^(?:north|south|east|west|northern|southern|eastern|western|central)$/.test(ws[i + 1] ?? '') ? ws[i + 2] : ws[i + 1];
    const where = attributive && /^(?:at|in|near|outside)$/.test(b) && noun.length > 0 && /^\p{Lu}/u.test(place ?? '') && !CALENDAR_WORDS.has(bare(place ?? ''));
    // ("last month's blast at a Tesk depot": a possessive's noun goes on with where it happened too.)
    const atPlace = !attributive && b === 'at' && noun.length > 0 && /^(?:a|an|the|\p{Lu}\S*)$/u.test(ws[i + 1] ?? '');
    // ("a scope-equipped rifle": a compound in -ed is the noun's adjective, no verb.)
    const verb = !w.includes('-') && isClauseVerb(b);
    if (((NOUN_STOP.test(b) || PREPOSITIONS.has(b)) && attributive && b !== 'of' && !where) || (!attributive && NOUN_STOP.test(b) && !atPlace) || verb) {
      verbNext = verb || /^(?:has|have|had|is|are|was|were|will|would)$/.test(b);
      break;
    }
    noun.push(w);
    // A title's full stop ("Dr.", "St.") is no end of the phrase.
    if ((/[,;:.)]$/.test(w) && !/^\p{Lu}\p{Ll}{0,2}\.$/u.test(w)) || (noun.length >= 8 && !unfinished(noun))) break;
  }
  if (noun.length === 0) return null;
  // "Wednesday's ruling by the land tribunal", "Monday's meeting between the mayor and the unions": a bare noun goes
  // on with who made it or who met.
  const between = noun.slice(1).some((w) => bare(w) === 'between');
  if (!attributive && (noun.length <= 2 || between) && !/[,;:.)]$/.test(noun[noun.length - 1]!)) {
    const tail = words(after.slice(after.indexOf(noun[noun.length - 1]!) + noun[noun.length - 1]!.length));
    // ("won Sunday's election by a clear margin": a measure, not a maker; a maker is named.)
    const byName = bare(tail[0] ?? '') === 'by' && /^(?:(?:the|its)\s+)?\p{Lu}/u.test(tail.slice(1, 3).join(' '));
    if (byName || bare(tail[0] ?? '') === 'between' || (between && bare(tail[0] ?? '') === 'and')) {
      const agent: string[] = [tail[0]!];
      for (const w of tail.slice(1, 9)) {
        if (/^(?:to|at|in|on|for|that|which|who|after|before|when|over|from)$/.test(bare(w))) break;
        agent.push(w);
        // An initialism's or a title's full stop ("U.S.", "Dr.") is no end of the phrase.
        if (/[,;:)]$/.test(w) || (/\.$/.test(w) && !/^(?:\p{Lu}\.)+$|^\p{Lu}\p{Ll}{0,2}\.$/u.test(w))) break;
      }
      if (agent.length >= 2) noun.push(...agent);
    }
  }
  // "the Feb. 4 accord signed by both ministers": a participle and its agent name the thing.
  if (attributive && verbNext) {
    const last = noun[noun.length - 1]!;
    const agent = /^\s*(?:[a-z]+ed|made|held|won|led|written|built|brought)\s+by\s+[^,;:()]*/.exec(after.slice(after.indexOf(last) + last.length));
    if (agent) noun.push(agent[0].trim());
  }
  // A date that qualifies its noun stays with it ("the 1959 embargo"): without it the noun names no happening.
  // ("since his May 2 coup": whose coup it was goes with it, for the headline to name.)
  const owner = attributive && sinceOwnHappening(text.slice(seg.start, exprStart)) ? `${words(text.slice(seg.start, exprStart)).pop()} ` : '';
  if (attributive) return tidy(`${owner}${text.slice(exprStart, exprEnd)} ${noun.join(' ')}`);
  // "… before the same panel that issued Thursday's ruling": the noun is the object of a relative clause, whose noun
  // made it ("Same panel issued ruling").
  const maker = noun.length <= 2 ? MAKER_BEFORE.exec(text.slice(seg.start, exprStart)) : null;
  // ("a decision that made Thursday's deal all but certain": a verb that makes the noun be something makes no noun.)
  if (maker && isClauseVerb(maker[2]!) && !(CAUSATIVE.test(maker[2]!) && noun.length > 1)) {
    const who = lastNounPhrase(text.slice(seg.start, seg.start + maker.index + maker[1]!.length));
    if (who) return tidy(`${who} ${maker[2]} ${noun.join(' ')}`);
  }
  // "… said that Monday's elections were peaceful": the noun is the subject of what was said.
  // ("… said last week's find of a rifle near the house was a breakthrough": a noun of four words or more names its
  // happening in full, and the saying would not fit beside it.)
  if (/\b(?:that|said|says)\s*$/i.test(text.slice(seg.start, exprStart))) {
    if (noun.length < 4 || !verbNext || text.slice(seg.start, seg.end).length <= 100) return null;
    // ("… find of a rifle buried near the house was …": the participle after the noun, up to the clause's verb.)
    const rest = ws.slice(noun.length);
    const participle = PARTICIPLE_LEAD.test(rest.slice(0, 2).join(' ')) || (/^\p{Ll}+ed$/u.test(rest[0] ?? '') && PLACE_PREPOSITION.test(rest[1] ?? '')) ? rest.findIndex((w, i) => i > 0 && isClauseVerb(bare(w))) : -1;
    return tidy([...noun, ...(participle > 0 && participle <= 8 ? rest.slice(0, participle) : [])].join(' '));
  }
  const own = contentWords(text.slice(seg.start, exprStart).replace(/\b(?:from|of|in|on|at|since|after|before)\s*$/i, '')) > 0;
  if (verbNext && !own) return null;
  if (momentOfMainClause(text, seg, exprStart, exprEnd, noun)) return null;
  return tidy(noun.join(' '));
}
