// A date inside a clause of its own (after, before, when, since; a relative clause): that clause, not the main one.
import { IRREGULAR_PAST, REPORTING_VERBS, REPORTING_VERB_SET, alternation } from '../../text/lexicon';
import { clauseSubject, isClauseVerb, isVerbOfClause } from './clauseParts';
import type { LabelInput } from './labelInput';
import { bare, contentWords, tidy, words } from './labelText';

const SUBORDINATE = /\s(?:after|before|when|once|until|since)\s+/gi;
// "go before the board", "appeared before a judge": a place in front of a body, not a time before a happening.
const BEFORE_A_BODY = /\b(?:go|goes|went|gone|going|come|comes|came|coming|appear|appears|appeared|appearing|brought|bring|brings|taken|take|takes|took|put|puts|placed|sent|stand|stands|stood|testify|testifies|testified|testifying)\s+before\s+$/i;

/**
 * "After the talks collapsed on Friday, the union called a strike": a clause of its own (a subordinator, a subject,
 * a verb) opens the sentence and holds the date, so the date is that clause's, not the main clause's. "After a long
 * debate on Monday, …" has no verb before its date: a phrase, and the main clause is the happening.
 */
export function opensSubordinateClause(head: string): boolean {
  const w = words(head).map(bare);
  if (!/^(?:after|before|since|until|till|once)$/.test(w[0] ?? '')) return false;
  return w.slice(2).some((x) => isVerbOfClause(x));
}

const OPENING_OF_SET = new RegExp(String.raw`^\W*(?:(?:${alternation(REPORTING_VERBS)})\s+(?:that\s+)?)?(?:of|among|in)\s+$`, 'i');

/** The clause from the last "after/before/when…" between the segment's start and the date; null without one that has a verb. */
export function subordinateClause(text: string, seg: { start: number; end: number }, exprStart: number, exprEnd: number, others: LabelInput['others']): string | null {
  const head = text.slice(seg.start, exprStart);
  // "… throughout a trial that opened in January": the noun and its relative clause.
  let relative: RegExpExecArray | null = null;
  for (const m of head.matchAll(RELATIVE)) relative = m;
  // A date of the sentence between the relative clause and this one ends that clause: this date is the main clause's.
  const closed = relative !== null && (others ?? []).some((o) => o.start > seg.start + relative!.index && o.end <= exprStart);
  // "cousins who have looked after her since she was found in May": a clause inside the relative one is nearer the date.
  // ("a fire that broke out shortly before 9:15 a.m." is no such clause: a verb must follow the conjunction.)
  const nested = relative !== null && [...head.slice(relative.index + relative[0].length).matchAll(SUBORDINATE)]
    .some((m) => words(head.slice(relative!.index + relative![0].length + m.index + m[0].length)).slice(0, 4).map(bare).some(isVerbOfClause));
  // A counted or bare noun's clause ("… to 500,000 fans who cheered the team on Tuesday") is the date's only where the
  // clause before it tells no deed of its own (a state, a saying) or has its own date ("the deal signed on Saturday
  // sets up a fund for families who left their homes this month").
  if (relative && !/^(?:a|an|the|its|their|his|her)\s/i.test(relative[0])) {
    const lead = head.slice(0, relative.index);
    const deed = words(lead).map(bare).some((w) => isVerbOfClause(w) && !REPORTING_VERB_SET.has(w) && !/^(?:is|are|was|were|has|have|had)$/.test(w));
    if (deed && !(others ?? []).some((o) => o.end <= seg.start + relative!.index)) relative = null;
  }
  // ("Of nine shops that had been robbed last year, suspects were caught in four": a phrase opening the sentence holds
  // the relative clause, and the main clause follows it.)
  // (After a saying too: "…, said that of nine shops that …".)
  const opening = relative !== null && OPENING_OF_SET.test(head.slice(0, relative.index));
  if (relative && !closed && !nested && (contentWords(head.slice(0, relative.index)) >= 2 || opening)) {
    const verb = bare(words(head.slice(relative.index + relative[0].length))[0] ?? '');
    if (isVerbOfClause(verb)) {
      // "the men who founded the party 40 years ago gathered on Sunday": the relative clause ends with its date
      // when the main clause's verb, or the main clause's own date, follows it.
      const rest = text.slice(exprEnd, seg.end);
      const next = words(rest).map(bare);
      const resumes = isClauseVerb(next[0] ?? '') || (/^(?:and|but)$/.test(next[0] ?? '') && isClauseVerb(next[1] ?? '')) || (others ?? []).some((o) => o.start >= exprEnd && o.start < seg.end);
      return tidy(`${relative[1]} ${text.slice(seg.start + relative.index + relative[0].length, resumes ? exprEnd : seg.end)}`);
    }
  }
  let from = -1;
  for (const m of head.matchAll(SUBORDINATE)) if (!BEFORE_A_BODY.test(head.slice(0, m.index + m[0].length))) from = m.index + m[0].length;
  // The main clause must say something of its own before it, or the label is the whole segment anyway.
  if (from < 0 || contentWords(head.slice(0, from)) < 3) return null;
  const clause = tidy(text.slice(seg.start + from, seg.end));
  // A clause, not a noun ("after similar floods in 2016 was shelved"): its verb comes within its first few words.
  const inner = words(head.slice(from)).map((w) => bare(w)).slice(0, 4);
  // "shortly after midnight and said …": a verb past an "and" belongs to the main clause.
  const joined = inner.findIndex((w) => w === 'and' || w === 'or' || w === 'but');
  if (joined >= 0) inner.length = joined;
  // ("even after a city court Thursday refused to hear it": a subject, the date, then the clause's verb.)
  const verbAfterDate = joined < 0 && /^(?:a|an|the|its|their|his|her)$/.test(inner[0] ?? '') && isClauseVerb(bare(words(text.slice(exprEnd, seg.end))[0] ?? ''));
  const hasVerb = inner.some((w, i) => i > 0 && isClauseVerb(w)) || verbAfterDate;
  if (hasVerb) return contentWords(clause) >= 3 ? clause : null;
  // "The girl was put in her aunt's care after being found adrift on a raft last Easter": a passive gerund has the main
  // clause's subject, which was found then.
  const passive = inner[0] === 'being' && (isVerbOfClause(inner[1] ?? '') || IRREGULAR_PAST.has(inner[1] ?? '') || /^(?:[a-z]{3,}en|found|caught|kept|shut|hit|put|set|sold|bought|brought|built|held|shot)$/.test(inner[1] ?? ''));
  const subject = passive ? clauseSubject(text.slice(seg.start, seg.start + from)) : '';
  if (subject) return tidy(`${subject} was ${clause.replace(/^being\s+/i, '')}`);
  // "… until his arrest in March 2021", "after the vote on Friday": the happening the date belongs to is the noun.
  const noun = HAPPENING_NOUN.exec(head.slice(from));
  return noun ? tidy(`${noun[0]}${text.slice(exprStart, exprEnd)}`) : null;
}

// ("nine shops that had been robbed last year", "a suspect in arson attacks that damaged three clinics in March": a
// noun counted by a number, or bare after a preposition, heads its relative clause too.)
const RELATIVE = /\b(?:(?:a|an|the|its|their|his|her)\s+|(?<![\d,.])(?=(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens|hundreds|thousands)\s)|(?<=\b(?:in|of|on|for|with|from|against|about|over|by)\s))((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+(?:that|which|who)\s+/gi;

/** A noun phrase of at most three words that ends in the preposition of its date. */
const HAPPENING_NOUN = /^(?:his|her|its|their|the)\s+(?!(?:end|start|beginning|middle|rest|close|turn|first|last|next)\b)(?:(?!of\b)[\w'’-]+\s+){1,3}(?:(?:in|on)\s+)?$/i;
