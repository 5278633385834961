// Whether a dated event of the week may be the lead's own happening told with
// its day. An undated lead ("Harbour Lines raised its offer for Delta Foods to
// $12 a share") is put on the publication day unless the article dates its
// happening elsewhere: a later "Harbour Lines raised the bid on Tuesday" or
// "Delta shares jumped on the announcement yesterday" gives the lead its own
// day, while "Harbour shares rose 2% yesterday" or "a rival reported a loss on
// Monday" tell other happenings and leave the lead undated. A dated event may
// be the lead's when it names one of the lead's actors (or the lead's subject
// is no name: "Officials say …") and shares one of the lead's verbs or words
// or the headline's, or tells an announcement; when its label names the lead's
// kind of happening ("quake", "earthquake") or a happening by the lead's noun
// ("Monday's elections" beside who won the election); or when it restates
// the lead's words. Pure: words in, a yes or no out.
import { DATED_HAPPENING_NOUNS, DETERMINERS, FUNCTION_WORDS, NEWS_TELLING_NOUNS, PAST_EED_VERBS, PAST_LIKE_PRESENT_VERBS, REPORTING_VERB_SET, SPEAKING_VERBS, SUBJECT_ADVERBS, UNTELLING_NOUNS } from '../text/lexicon';
import { kindOfStem, stemWord, verbStem } from '../text/happeningWords';
import { isCap, tokenize, type Token } from '../text/tokens';
import { isPastVerb } from './headline';

/** An event of the article: its date and, when known, what it tells. */
export interface DatedHappening {
  start: string;
  precision: string;
  /** Its label: the dated clause's happening. */
  label?: string;
  /** The passages that tell it. */
  quotes?: readonly string[];
  /** Its actors' ids. */
  actors?: readonly string[];
}

/** An actor the lead names: its id, the names it goes by, and where the lead names it. */
export interface LeadActor {
  id: string;
  names: readonly string[];
  /** Where the lead names it: offsets into the lead. */
  start: number;
  end: number;
}

/** How many of the lead's content words a passage must hold to restate it. */
const RESTATED_SHARE = 0.6;
/** How many words after the lead's verb its object is looked for in. */
const OBJECT_WINDOW = 10;

// One stem for every word of saying or announcing: "said" in the lead and "yesterday's announcement" tell one telling.
const SAYING = 'say';
const SAYING_WORDS: ReadonlySet<string> = new Set([...REPORTING_VERB_SET, ...SPEAKING_VERBS, ...NEWS_TELLING_NOUNS, 'disclosed']);

const content = (key: string): boolean => !FUNCTION_WORDS.has(key) && !/^\d/.test(key) && key.length > 2;
const stemOf = (key: string): string => (SAYING_WORDS.has(key) ? SAYING : verbStem(key));
// Adverbs that stand inside a verb group ("fell sharply to close", "has also agreed").
const inVerbGroup = (key: string): boolean => FUNCTION_WORDS.has(key) || SUBJECT_ADVERBS.has(key) || /ly$/.test(key);

const wordsOf = (text: string): string[] => tokenize(text, 0, text.length).map((t) => t.key);

interface Told {
  /** Stems of the lead's verbs from its main verb on ("said it agreed to buy"). */
  verbs: Set<string>;
  /** Stems of its other words that are neither names nor the report's everyday nouns. */
  nouns: Set<string>;
  /** The kinds of happening its subject, its verb group and the verb's object name. */
  kinds: Set<number>;
  /** Stems of the nouns of a happening it or the headline names ("election", "crash", "trial"). */
  happenings: Set<string>;
  words: string[];
}

/** Whether a word of the lead is a verb: a word of saying, a past, or a plain verb after "to". */
function verbAt(tokens: ReadonlyArray<{ key: string; text: string }>, j: number): boolean {
  const k = tokens[j]!.key;
  return SAYING_WORDS.has(k) || isPastVerb(k) || PAST_EED_VERBS.has(k) || PAST_LIKE_PRESENT_VERBS.has(k) || (tokens[j - 1]?.key === 'to' && content(k) && !isCap(tokens[j]!.text));
}

/**
 * What the lead tells (its tokens), read from its main verb (at `verbStart`, an offset into the lead), and the
 * headline's words (the lead tells the headline's news: "… dies at 90").
 */
function leadWords(tokens: readonly Token[], verbStart: number, headline: string): Told {
  const headlineTokens = tokenize(headline, 0, headline.length);
  const v = Math.max(0, tokens.findIndex((t) => t.start >= verbStart));
  const told: Told = { verbs: new Set(), nouns: new Set(), kinds: new Set(), happenings: new Set(), words: tokens.map((t) => t.key).filter(content) };
  const core: string[] = [];
  tokens.forEach((t, j) => {
    if (j >= v && (j === v || verbAt(tokens, j))) told.verbs.add(stemOf(t.key));
    else if (content(t.key) && !isCap(t.text) && !UNTELLING_NOUNS.has(t.key) && !/ly$/.test(t.key)) told.nouns.add(verbStem(t.key));
    // The subject's own words ("a powerful earthquake") name the happening's kind.
    if (j < v) core.push(t.key);
  });
  // The verb group, then its object up to a preposition or a clause's end ("shut its Varn plant").
  let j = v;
  for (; j < Math.min(tokens.length, v + OBJECT_WINDOW); j++) {
    const k = tokens[j]!.key;
    if (j === v || verbAt(tokens, j)) core.push(k);
    else if (!inVerbGroup(k)) break;
  }
  for (; j < Math.min(tokens.length, v + OBJECT_WINDOW); j++) {
    const k = tokens[j]!.key;
    if (FUNCTION_WORDS.has(k) && !DETERMINERS.has(k)) break;
    core.push(k);
  }
  for (const t of headlineTokens) {
    if (content(t.key) && !isCap(t.text) && !UNTELLING_NOUNS.has(t.key)) told.nouns.add(verbStem(t.key));
    core.push(t.key);
  }
  for (const k of core) {
    const kind = kindOfStem(stemWord(k));
    if (kind !== undefined) told.kinds.add(kind);
  }
  for (const { key: k } of [...tokens, ...headlineTokens]) if (DATED_HAPPENING_NOUNS.has(k)) told.happenings.add(verbStem(k));
  return told;
}

/**
 * The runs of capitalised words the lead writes ("Delta Foods", "Mirn"), names the actor finder may not have kept;
 * a single capital that opens the sentence is no name.
 */
function capitalRuns(tokens: readonly Token[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  tokens.forEach((t, i) => {
    if (isCap(t.text) && !FUNCTION_WORDS.has(t.key)) run.push(t.key);
    else {
      if (run.length > 1 || (run.length === 1 && i > 1)) runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Whether a name's words stand together among a passage's words. */
function namedIn(words: readonly string[], name: readonly string[]): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i + name.length <= words.length; i++) if (name.every((w, k) => words[i + k] === w)) return true;
  return false;
}

/**
 * Whether any of the week's dated events may tell the lead's happening (see the file's comment). An event that
 * says nothing of what it tells (no label, no passage) may be the lead's.
 */
export function mayBeTheLead(lead: string, verbAt: number, leadActors: readonly LeadActor[], week: readonly DatedHappening[], headline = ''): boolean {
  const tokens = tokenize(lead, 0, lead.length);
  const told = leadWords(tokens, verbAt, headline);
  const leadIds = new Set(leadActors.map((a) => a.id));
  // "Officials in the region say …", "Rescuers have pulled …": a subject no name opens (an actor that also goes by a
  // word in small letters is no name) may be anyone the article names.
  const opening = tokens.find((t) => !DETERMINERS.has(t.key));
  const namelessSubject = opening === undefined || !leadActors.some((a) => a.start <= opening.start && opening.start < a.end && a.names.every(isCap));
  const leadNames = [...leadActors.flatMap((a) => a.names.filter(isCap).map(wordsOf)), ...capitalRuns(tokens)];
  return week.some((event) => {
    if (event.label === undefined && event.quotes === undefined) return true;
    // The kind of happening its label names ("The quake struck on Tuesday"), or the happening by its noun ("Monday's
    // election" beside a lead on who won it).
    const label = wordsOf(event.label ?? '');
    if (label.some((w) => told.kinds.has(kindOfStem(stemWord(w)) ?? -1) || told.happenings.has(verbStem(w)))) return true;
    const passages = [event.label ?? '', ...(event.quotes ?? [])].map(wordsOf);
    const restated = passages.some((words) => told.words.length > 0 && told.words.filter((w) => words.includes(w)).length >= RESTATED_SHARE * told.words.length);
    if (restated) return true;
    const actor = namelessSubject || (event.actors ?? []).some((id) => leadIds.has(id)) || leadNames.some((n) => passages.some((words) => namedIn(words, n)));
    if (!actor) return false;
    const words = passages.flat();
    // "Delta shares jumped on the announcement", "the projection sent its shares down": the lead's news told on its
    // day, whatever the lead's verb.
    if (words.some((w) => NEWS_TELLING_NOUNS.has(w))) return true;
    const stems = new Set(words.filter((w) => content(w) || SAYING_WORDS.has(w)).map(stemOf));
    return [...told.verbs, ...told.nouns].some((s) => stems.has(s));
  });
}
