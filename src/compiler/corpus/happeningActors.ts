// The actors of a happening several articles report, pure: each member's
// participants (as its article's compile decided), less those its passage only
// quotes about it. One outlet's account of a fire ends ", the fire chief told
// the hearing on Monday"; another has the company's head apologise to the
// families of the workers who died that night: neither speaker took part in
// the fire, though each article's reading of its own sentence may list them.
// A speaker stays where the saying is what is dated ("the chief executive told
// the inquiry on Thursday that …" in a group about that hearing), where what is
// said is the speaker's own deed ("the union says it raised the matter in
// January"), and wherever another member has them take part.
import type { TimelineEvent } from '../../model/schema';
import { alternation, AUXILIARY_VERBS, REPORTING_VERBS, SPEAKING_VERBS } from '../text/lexicon';
import { wholeWordAt } from '../text/wholeWordAt';

/** How an actor is written: its name and aliases (and a person's surname), as the corpus knows them. */
export type NamesOf = (id: string) => readonly string[];

const SPEECH = `(?:${alternation([...REPORTING_VERBS, ...SPEAKING_VERBS])})`;
const SPEECH_VERB = new RegExp(`\\b${SPEECH}\\b`, 'giu');
/** What is said opens on the speaker's own pronoun: "says it raised", "said he had resigned". */
const SELF_REPORT = /^\s+(?:that\s+)?(?:it|he|she|they|we|i)\b/iu;
/** A pronoun that speaks ("She apologised …", "he told …"): a speaker the passage does not name. */
const PRONOUN_SPEAKS = new RegExp(`\\b(?:he|she|they)\\s+(?:also\\s+)?${SPEECH}\\b`, 'iu');
/** Words that open a clause of its own between a speech verb and a date: the date is in what is said. */
const CLAUSE_WORDS = new Set(['who', 'which', 'where', 'when', 'that', 'whose', 'if', 'because', ...AUXILIARY_VERBS]);
/** Fronted phrases before a speaker ("At the second hearing, on Thursday, the chief executive said …") date the saying. */
const FRONTED = /^(?:at|on|in|during|after|before|by|late|early|earlier|later|last|this|then)\b/iu;

/** The name, an apposition between commas ("Ada Lind, the mill's owner,"), then the verb; or the name closing the speaker's apposition ("Ada Lind, secretary of the Dockers' Union, said"). */
const VERB_AFTER_NAME = new RegExp(`^(?:'s?|’s?)?(?:\\s*,[^,;]{1,80},|\\s*,)?\\s+(?:also\\s+)?(${SPEECH})\\b`, 'iu');
/** Inverted: ", said Ada Lind." at the end of the passage or before a comma. */
const VERB_BEFORE_NAME = new RegExp(`(${SPEECH}|according\\s+to)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}$`, 'iu');
/** SPEECH_VERB without its global flag: the first verb, whatever an earlier search left in lastIndex. */
const FIRST_SPEECH_VERB = new RegExp(SPEECH_VERB.source, 'iu');
/** The verb that closes PRONOUN_SPEAKS's match. */
const ENDS_ON_SPEECH = new RegExp(`${SPEECH}$`, 'iu');

interface Speech {
  /** Offsets in the passage of the speaker's mention and of the speech verb after it. */
  at: number;
  verb: number;
  verbEnd: number;
}

/** Where a name stands as the one speaking: "fire chief Ada Lind told …", "the union, which …, said …", "…, said Ada Lind." */
function speeches(quote: string, names: readonly string[]): { speeches: Speech[]; named: number[] } {
  const out: Speech[] = [];
  const named: number[] = [];
  for (const name of names) {
    if (name.trim().length < 2) continue;
    for (let at = wholeWordAt(quote, name); at >= 0; at = wholeWordAt(quote, name, at + name.length)) {
      named.push(at);
      const after = quote.slice(at + name.length);
      const verb = VERB_AFTER_NAME.exec(after);
      if (verb) {
        const v = at + name.length + verb.index + verb[0].length - verb[1]!.length;
        out.push({ at, verb: v, verbEnd: v + verb[1]!.length });
        continue;
      }
      const inverted = VERB_BEFORE_NAME.exec(quote.slice(0, at));
      if (inverted && /^\s*(?:[,.!?"”]|$)/u.test(after)) out.push({ at, verb: inverted.index, verbEnd: inverted.index + inverted[1]!.length });
    }
  }
  return { speeches: out, named };
}

/**
 * Whether a saying at `speech` is what the date dates (the speaker takes part) rather than a saying about a
 * happening dated inside what is said: the date sits in the verb's own clause ("told the inquiry on Thursday that
 * …", "The Gazette late Tuesday said …"), in the speaker's own phrase ("Reports this week by the Gazette said"), or in
 * phrases fronted before the speaker ("At the second hearing, on Thursday, its chief executive said …"). Not a date
 * in a clause before the speaker's comma ("The alarm reached the brigade on March 5, the fire chief told …").
 */
function datesTheSaying(quote: string, speech: Speech, date: { start: number; end: number }): boolean {
  if (date.start >= speech.verbEnd) {
    const between = quote.slice(speech.verbEnd, date.start).toLowerCase().match(/\p{L}+/gu) ?? [];
    return !between.some((w) => CLAUSE_WORDS.has(w));
  }
  if (date.end <= speech.at) return !/[,;:]/.test(quote.slice(date.end, speech.at)) || quote.slice(0, date.end).split(',').every((part) => FRONTED.test(part.trim()));
  return true;
}

/**
 * Whether an actor of an event's reading is only a bystander of its happening: in the event's passage, the one who
 * says something about it, or named only inside words said after the happening's date ("… who died on March 5 and
 * said Norvik would pay"). `names` are how the actor is written; an actor the passage does not name at all came from
 * a pronoun, and is a bystander when a pronoun there speaks.
 */
export function onlyQuotedAbout(event: TimelineEvent, id: string, names: readonly string[]): boolean {
  const source = event.sources[0]!;
  const quote = source.quote;
  const date = source.dateStart === undefined ? null : { start: source.dateStart - source.start, end: (source.dateEnd ?? source.dateStart) - source.start };
  const found = speeches(quote, names);
  const saying = (s: Speech) => !SELF_REPORT.test(quote.slice(s.verbEnd)) && !(date && datesTheSaying(quote, s, date));
  if (event.attribution?.actorId === id) {
    const attribution = quote.indexOf(event.attribution.text);
    const verb = attribution < 0 ? null : FIRST_SPEECH_VERB.exec(event.attribution.text);
    if (verb) return saying({ at: attribution, verb: attribution + verb.index, verbEnd: attribution + verb.index + verb[0].length });
  }
  if (found.speeches.length > 0) return found.speeches.every(saying);
  if (found.named.length === 0) {
    const pronoun = PRONOUN_SPEAKS.exec(quote);
    if (!pronoun) return false;
    const verb = pronoun.index + pronoun[0].search(ENDS_ON_SPEECH);
    return saying({ at: pronoun.index, verb, verbEnd: pronoun.index + pronoun[0].length });
  }
  // Named only inside words said in a clause after the date's: what a speaker says of someone, not who took part.
  // ("The Gazette late Tuesday said the mill had closed": the saying is dated, and what it says is its matter.)
  if (!date) return false;
  const verbs = [...quote.matchAll(SPEECH_VERB)].map((m) => m.index).filter((v) => v >= date.end && /[,;]|\b(?:and|but|then)\b/u.test(quote.slice(date.end, v)));
  return verbs.length > 0 && found.named.every((at) => at > verbs[0]!);
}

/** A member's participants that take part in its happening: a statement's speaker does, one it only quotes does not. */
export function takingPart(member: TimelineEvent, namesOf: NamesOf, isStatement: (event: TimelineEvent) => boolean): string[] {
  if (isStatement(member)) return member.actors;
  return member.actors.filter((id) => !onlyQuotedAbout(member, id, namesOf(id)));
}

/**
 * The actors of a happening told by several events: every member's participants except those a member only quotes
 * about it, unless another member has them take part. A statement's speaker is its happening's actor.
 */
export function happeningActors(members: readonly TimelineEvent[], namesOf: NamesOf, isStatement: (event: TimelineEvent) => boolean): string[] {
  const all = [...new Set(members.flatMap((e) => e.actors))];
  const kept = new Set(members.flatMap((member) => takingPart(member, namesOf, isStatement)));
  return all.filter((id) => kept.has(id));
}
