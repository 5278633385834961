// Attribution: who says what a sentence reports ("..., the Russian Foreign
// Ministry said on Thursday", "according to Azerbaijan"). The span covers the
// date words of the clause, because a date inside it dates the statement, not
// the event. "X accused Y of ..." is left alone: there the accusing is the event.
import type { ActorMention } from '../actors/extractActors';
import type { Sentence } from '../text/segment';
import { alternation, MONTH_NAMES, REPORTING_VERBS, SEASON_WORDS, SUBJECT_PRONOUNS, WEEKDAY_NAMES } from '../text/lexicon';

export interface AttributionSpan { actorId: string | null; text: string; start: number; end: number }

const SAY = `(?:${alternation(REPORTING_VERBS)}|told\\s+(?:reporters|journalists|a\\s+news\\s+conference|[\\p{L}]+))`;
// Date words that belong to the clause: "on Thursday", "late on Monday", "in a statement on Dec. 12", "last week".
const WHEN = "(?:\\s+(?:late\\s+|early\\s+)?(?:on|in|at|last|this|earlier|later)\\s+(?:(?!(?:he|she|they|we|I|you)\\b)[\\p{L}\\d.,'’-]+\\s*){1,4}?(?=[.,;:!?\"”’)]|$|\\s+that\\b)|\\s+(?:today|yesterday|on\\s+\\w+day))?";
// Where it was said, between the verb and its date: "said in a televised address on Tuesday", "said on state radio".
const FORUM = "(?:\\s+(?:in|on|at|during)\\s+(?:(?:a|an|the|his|her|its|their|state|national|local)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:address|statement|interview|speech|broadcast|briefing|conference|post|tweet|letter|message|radio|television|TV|video|appearance|session|rally))?";
// The wire's "here" between the verb and its date: "the minister said here Friday".
const HERE = '(?:\\s+here(?=\\s))?';
// A speaker phrase: up to eight words, no clause punctuation.
const SPEAKER = "(?:[\\p{L}\\d'’.&-]+\\s+){0,7}?[\\p{L}\\d'’.&-]+";

// "…, the Russian Foreign Ministry said on Thursday." / "…," the statement added.
const TRAILING = new RegExp(`(?:^|[,"”’]\\s*)(${SPEAKER}\\s+${SAY}${HERE}${WHEN})\\s*[.!?]?["”’]?$`, 'u');
// "…, Ivan Petrov, a spokesman for the Kremlin, told reporters."
const TRAILING_APPOSITIVE = new RegExp(`[,"”’]\\s*(${SPEAKER},\\s+[^,;"”]{2,80}?,\\s+${SAY}${WHEN})\\s*[.!?]?["”’]?$`, 'u');
// "…, the ministry said on Tuesday, rejecting the claims." / "…, the agency reported, citing officials.": the
// clause ends at the comma before a participle that goes on with what the speaker did.
const TRAILING_THEN_PARTICIPLE = new RegExp(`[,"”’]\\s*(${SPEAKER}\\s+${SAY}${WHEN})\\s*,\\s+(?=\\p{Ll}+ing\\b)`, 'u');
// "…, said the statement." / "…," said Lavrov.
const TRAILING_INVERTED = new RegExp(`[,"”’]\\s*((?:said|says|added|stated|wrote|told)\\s+(?:[\\p{L}\\d'’.&-]+\\s+){0,6}?[\\p{L}\\d'’&-]+${WHEN})(?=\\s*,(?!\\d)|\\s*[.!?]?["”’]?$)`, 'u');
// "\"We will not go higher,\" said Ivo Marn, the finance chief, at a press briefing on Monday in Tesk.": after a
// quotation, the inverted saying, an apposition and where and when it was said run to the end; the date is the saying's.
const TRAILING_INVERTED_FORUM = new RegExp(`^\\s*(?:["“]|\`\`).*?[,"”’]\\s*((?:said|says|added|stated|told)\\s+${SPEAKER}(?:,\\s+[^,;"”]{2,80}?,)?\\s+(?:at|in|during|on)\\s+(?:a|an|the|his|her|its|their)\\s+[^;"”]{2,100}?)\\s*[.!?]?["”’]?$`, 'u');
const INVERTED_NO_SPEAKER = new RegExp(`^\\S+\\s+(?:(?:${WEEKDAY_NAMES.join('|')}|yesterday|today)\\s+)?(?:from|in|at)\\s+(?:his|her|their|its|the|a|an)\\s`, 'i');
// "…, according to a statement on the ministry website."
const ACCORDING = /(?:^|[,;]\s*|\s)(according\s+to\s+[^,;.!?"”]{2,120}?)\s*[.!?]?["”’]?$/u;
// "According to Azerbaijan, …" at the start.
const ACCORDING_LEAD = /^(According\s+to\s+[^,;]{2,120}?),/u;
// "The ministry said (on Thursday) (that) …" at the start. The listener of "told" is one word, with its article or
// possessive: "told reporters", "told the court (on Monday) she …", "told his players".
const LEAD_SAY = '(?:said|says|told\\s+(?:(?:the|a|an|his|her|its|their|our)\\s+)?[\\p{L}]+|announced|announces|claimed|claims|reported|reports|stated|states)';
const LEADING = new RegExp(`^(${SPEAKER}\\s+${LEAD_SAY}${HERE}${FORUM}${WHEN})(?:\\s+that\\b|,|\\s+(?=\\p{Ll}))`, 'u');
// The subject pronouns as a clause writes them ("I" in capitals, the rest in small letters).
const PRONOUN = SUBJECT_PRONOUNS.map((p) => (p === 'i' ? 'I' : p)).join('|');
// A listener of several words, up to the "that" of what was told: "told a cabinet meeting on Thursday that …", "told
// a public inquiry into the plant fire that …", "told state television that …". No pronoun after "told", so "told the court
// (on Monday) she had heard that …" is not one.
const LONG_LISTENER = `(?:the|a|an|his|her|its|their|our|state|national|local)\\s+(?:(?!(?:${PRONOUN}|that)\\b)[\\p{L}\\d'’.-]+\\s+){1,6}?[\\p{L}\\d'’.-]+`;
const LEADING_TOLD = new RegExp(`^(${SPEAKER}\\s+told\\s+${LONG_LISTENER}${FORUM}${WHEN})\\s+that\\b`, 'u');
const PRONOUN_AFTER_TOLD = new RegExp(`\\btold\\b.*\\b(?:${PRONOUN})\\b`, 'u');

function toldAtLength(text: string): RegExpExecArray | null {
  const m = LEADING_TOLD.exec(text);
  return m && !PRONOUN_AFTER_TOLD.test(m[1]!) ? m : null;
}
// "Dr Sara Quist, who heads the board, said (on Monday) (that) …"
const LEADING_APPOSITIVE = new RegExp(`^(${SPEAKER},\\s+([^,;"”]{2,80}?),\\s+${LEAD_SAY}${FORUM}${WHEN})(?:\\s+that\\b|,|\\s+(?=\\p{Ll}))`, 'u');
// An apposition with a date in it tells a happening of its own ("Oyelaran, who visited the plant on Wednesday, said …").
const DATED = new RegExp(`\\d|\\b(?:${WEEKDAY_NAMES.join('|')}|${MONTH_NAMES.join('|')}|${[...new Set(Object.values(SEASON_WORDS))].join('|')}|yesterday|today|ago|since|last)\\b`, 'i');

function undatedApposition(m: RegExpExecArray | null): RegExpExecArray | null {
  return m && !DATED.test(m[2] ?? '') ? m : null;
}
// Every pattern above but the two "according to" ones holds a saying verb (a bare "told" in the inverted
// one): a sentence without any cannot match them.
const SAYING = new RegExp(`${SAY}|told`, 'u');

function build(sentence: Sentence, mentions: ActorMention[], rel: number, clause: string): AttributionSpan {
  const trimmed = clause.replace(/[\s,]+$/, '').replace(/(?<!\b(?:[A-Z]|[A-Z][a-z]{1,3}|U\.S|U\.N))[.!?]$/, '');
  const start = sentence.start + rel;
  const end = start + trimmed.length;
  // "Tomas Brel's sister said …": a name that owns the speaker is not the speaker; the sister speaks, in those words.
  const local = (offset: number) => offset - sentence.start;
  const owner = (m: ActorMention) => {
    const name = sentence.text.slice(local(m.start), local(m.end));
    const after = sentence.text.slice(local(m.end), local(m.end) + 40);
    return /['’]s$/.test(name) ? /^\s+\p{Ll}/u.test(after) : /^['’]s\s+\p{Ll}/u.test(after);
  };
  const inside = mentions.filter((m) => m.start >= start && m.end <= end && !owner(m));
  // Prefer the most specific speaker: an organization or person over a country.
  const rank = (m: ActorMention): number => (m.rule.startsWith('person') || m.rule === 'surname' ? 3 : /institution|named|anaphor|group/.test(m.rule) ? 2 : 1);
  const best = [...inside].sort((a, b) => rank(b) - rank(a) || (b.end - b.start) - (a.end - a.start))[0];
  return { actorId: best?.actorId ?? null, text: trimmed, start, end };
}

/** The attribution clause of a sentence, or null when it has none. */
export function findAttribution(sentence: Sentence, mentions: ActorMention[]): AttributionSpan | null {
  try {
    const text = sentence.text;
    if (!text || text.length > 5000) return null;
    const list = Array.isArray(mentions) ? mentions : [];
    const saying = SAYING.test(text);
    for (const re of saying ? [TRAILING_APPOSITIVE, TRAILING, TRAILING_INVERTED_FORUM, TRAILING_INVERTED, ACCORDING, TRAILING_THEN_PARTICIPLE] : [ACCORDING]) {
      const m = re.exec(text);
      // (Where and when it was said: the tail must hold a date, and no clause of its own: "… in an interview months
      // before he took office in April" dates the taking of office.)
      if (re === TRAILING_INVERTED_FORUM && m && (!DATED.test(m[1] ?? '') || /\b(?:before|after|when|since|until|while|once)\s/i.test(m[1] ?? ''))) continue;
      // "…, said the inquiry would examine the alarms": what follows "said" is what was said, not who said it.
      if (re === TRAILING_INVERTED && m && /\b(?:would|will|had|has|have|was|were|is|are|could|should|must|might|may|that)\b/.test(m[1] ?? '')) continue;
      // ("…, said Friday from his flat in Tesk: …": a date or a place right after "said" is no speaker; the speaker
      // came before it.)
      if (re === TRAILING_INVERTED && m && INVERTED_NO_SPEAKER.test(m[1] ?? '')) continue;
      if (m && m[1]) {
        const rel = (m.index ?? 0) + m[0].indexOf(m[1]);
        // A trailing clause needs something before it to attribute.
        if (rel < 8) continue;
        return build(sentence, list, rel, m[1]);
      }
    }
    const lead = ACCORDING_LEAD.exec(text) ?? (saying ? (toldAtLength(text) ?? LEADING.exec(text) ?? undatedApposition(LEADING_APPOSITIVE.exec(text))) : null);
    if (lead && lead[1] && !/\b(?:accused|accuses)\b/.test(lead[1])) return build(sentence, list, 0, lead[1]);
    return null;
  } catch {
    // A pathological sentence must not stop the compile; it just has no attribution.
    return null;
  }
}
