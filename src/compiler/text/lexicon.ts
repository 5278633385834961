// The one lexicon every stage of the compiler reads: calendar names (months,
// weekdays, seasons), the verbs of saying, and the words that tell a clause's
// tense. A stage builds its own patterns from these tables; it never spells a
// month or a reporting verb out again.
import type { Season } from '../../model/calendar';

/** Months, full names in calendar order. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Month abbreviations news writes (with or without a dot), lower case. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

/** A month's number (1-12) by its lower-case full name or abbreviation. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.freeze({
  ...Object.fromEntries(MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1])),
  ...Object.fromEntries(MONTH_ABBREVIATIONS.map((abbr) => [abbr, MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith(abbr.slice(0, 3))) + 1])),
});

/** Weekdays, Sunday first (JavaScript's getUTCDay order). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A weekday's number (0 = Sunday) by its lower-case name. */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(WEEKDAY_NAMES.map((name, i) => [name.toLowerCase(), i])),
);

/** Season words, lower case, to the meteorological season they name ("fall" is autumn). */
export const SEASON_WORDS: Readonly<Record<string, Season>> = Object.freeze({
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
});

/** Every weekday and month name and abbreviation, lower case: words that are dates when capitalised. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES.map((n) => n.toLowerCase()),
  ...MONTH_NAMES.map((n) => n.toLowerCase()),
  ...MONTH_ABBREVIATIONS,
]);

/** `Name1|Name2|…` for a regular expression, longest first so an alternation never stops at a prefix. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(literal).join('|');
}

/** `alternation` for phrases: the single space between a phrase's words matches any run of white space. */
export function phraseAlternation(phrases: Iterable<string>): string {
  return alternation(phrases).replace(/ /g, '\\s+');
}

/**
 * Verbs that report speech, in the forms news uses after a speaker ("the
 * ministry said", "she adds"). "told" needs an object and is handled by each
 * rule that reads it.
 */
export const REPORTING_VERBS = [
  'said', 'says', 'say', 'announced', 'announces', 'claimed', 'claims', 'reported', 'reports', 'added', 'adds',
  'stated', 'states', 'noted', 'notes', 'stressed', 'stresses', 'insisted', 'insists', 'confirmed', 'confirms',
  'wrote', 'writes', 'tweeted', 'declared', 'declares', 'quoted', 'explained', 'warned', 'warns', 'emphasised',
  'emphasized', 'underlined', 'alleged', 'alleges', 'predicted', 'predicts',
] as const;

/** REPORTING_VERBS as a set, for a word-at-a-time test. */
export const REPORTING_VERB_SET: ReadonlySet<string> = new Set(REPORTING_VERBS);

/**
 * Verbs of speaking to someone that are no attribution of their own ("told the hearing", "apologised to the
 * families"): whoever does them speaks about a happening rather than taking part in it.
 */
export const SPEAKING_VERBS = ['told', 'tells', 'apologised', 'apologized', 'apologises', 'apologizes', 'testified', 'testifies'] as const;

// Linking adverbs that tie a sentence to the one before it: capitalised at a sentence's start, they name no one
// ("Moreover, the company said …").
export const LINKING_ADVERBS = ['nevertheless', 'nonetheless', 'moreover', 'furthermore', 'instead', 'indeed', 'otherwise', 'likewise', 'therefore', 'thus'];

/** Pronouns that stand as a clause's subject ("they said", "it was sold"). */
export const SUBJECT_PRONOUNS = ['he', 'she', 'it', 'they', 'we', 'i', 'you'] as const;

/** Possessive pronouns before a noun ("her party", "their plan"). */
export const POSSESSIVE_PRONOUNS = ['his', 'her', 'its', 'their', 'our', 'my', 'your'] as const;

/** Words that open a noun phrase before its noun: an "-ed" word right after one is an adjective ("the sweetened offer"), no verb. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'another', 'each', 'every']);

/** Adverbs without "-ly" that stand between a subject and its verb ("The company also said", "The two ministers last met"). */
export const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(['last', 'also', 'already', 'still', 'now', 'then', 'never', 'just', 'once', 'often', 'soon']);

/** Function words: they carry no content when two texts are compared. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'into', 'onto',
  'over', 'under', 'about', 'against', 'between', 'through', 'during', 'after', 'before', 'since', 'until', 'as', 'than',
  'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'it', 'its', 'he',
  'she', 'him', 'her', 'his', 'they', 'them', 'their', 'we', 'our', 'you', 'your', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might',
  'can', 'must', 'shall', 'not', 'no', 'also', 'more', 'most', 'some', 'any', 'all', 'other', 'such', 'there',
  'said', 'says', 'say', 'told',
]);

// ---- Tense cues. Each word votes for the tense of the clause around it. ----

export const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', 'would', 'scheduled', 'slated', 'planned', 'plans', 'plan', 'planning',
  'expected', 'expects', 'upcoming', 'forthcoming', 'next', 'tomorrow', 'intends', 'intend', 'aims',
  'may', 'might', 'hopes', 'going', 'coming', 'pending', 'proposed', 'postponed',
  'rescheduled', 'awaiting', 'await', 'to-be', 'wo', 'won\u2019t', "won't",
]);

/** Irregular past forms (simple past and participle); regular ones end in -ed (see NOT_PAST_ED). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'said', 'told', 'met', 'held', 'began', 'begun', 'came', 'went', 'took', 'taken', 'gave',
  'given', 'made', 'saw', 'seen', 'fought', 'won', 'lost', 'left', 'broke', 'broken', 'fell', 'fallen',
  'led', 'sent', 'spoke', 'spoken', 'struck', 'ran', 'rose', 'shot', 'stood', 'knew', 'thought',
  'brought', 'bought', 'sought', 'caught', 'built', 'felt', 'kept', 'meant', 'paid', 'wrote',
  'written', 'drew', 'flew', 'grew', 'threw', 'became', 'got', 'hung', 'laid', 'lay', 'overtook',
  'sank', 'shook', 'stole', 'stuck', 'swore', 'swept', 'tore', 'understood', 'woke', 'withdrew',
  'fled', 'dealt', 'froze', 'hid', 'bore', 'drove', 'rode', 'wound', 'sold', 'chose', 'forgot',
  'lit', 'slid', 'spent', 'found',
]);

/**
 * A sentence adverb between a subject and its verb ("Ana Brel apparently is …", "the mill reportedly closed"): the
 * endings of adverbs made from adjectives, in words long enough that "rally" or "ally" (nouns) are not among them.
 */
export function isSentenceAdverb(word: string): boolean {
  return word.length >= 7 && /^\p{Ll}+(?:ally|ently|antly|edly|ously|ively|ately|ibly|ably|fully|ingly)$/u.test(word);
}

/** Adverbs of order and time that stand between a verb and its object or after a main verb ("then", "later", "again"). */
export const ORDER_ADVERBS: ReadonlySet<string> = new Set(['also', 'then', 'later', 'again', 'first', 'now', 'still']);

/** Present forms of saying, meeting and arriving that a wire report puts before "here" ("says here", "meets here"). */
export const PRESENT_HERE_VERBS: ReadonlySet<string> = new Set(['says', 'arrives', 'meets', 'speaks']);

/** Irregular verbs by their -ing form, with the past they make ("meeting" met, "making" made). */
const IRREGULAR_ING_PAST: ReadonlyMap<string, string> = new Map([
  ['meeting', 'met'], ['making', 'made'], ['taking', 'took'], ['giving', 'gave'], ['leaving', 'left'], ['holding', 'held'],
  ['going', 'went'], ['coming', 'came'], ['speaking', 'spoke'], ['seeing', 'saw'], ['flying', 'flew'], ['running', 'ran'],
  ['winning', 'won'], ['losing', 'lost'], ['sending', 'sent'], ['bringing', 'brought'], ['buying', 'bought'],
  ['selling', 'sold'], ['telling', 'told'], ['saying', 'said'], ['getting', 'got'], ['beginning', 'began'],
  ['writing', 'wrote'], ['leading', 'led'], ['building', 'built'], ['hitting', 'hit'], ['putting', 'put'],
  ['setting', 'set'], ['finding', 'found'], ['keeping', 'kept'], ['standing', 'stood'], ['spending', 'spent'],
  ['paying', 'paid'], ['fighting', 'fought'], ['seeking', 'sought'], ['thinking', 'thought'], ['breaking', 'broke'],
  ['choosing', 'chose'], ['driving', 'drove'], ['riding', 'rode'], ['swearing', 'swore'], ['shaking', 'shook'],
  ['hearing', 'heard'], ['dying', 'died'], ['lying', 'lay'], ['understanding', 'understood'], ['withdrawing', 'withdrew'],
  ['drawing', 'drew'], ['throwing', 'threw'], ['growing', 'grew'], ['knowing', 'knew'], ['blowing', 'blew'],
  ['eating', 'ate'], ['falling', 'fell'], ['feeling', 'felt'], ['sitting', 'sat'], ['sleeping', 'slept'],
  ['striking', 'struck'], ['swimming', 'swam'], ['teaching', 'taught'], ['wearing', 'wore'], ['catching', 'caught'],
  ['drinking', 'drank'], ['forgetting', 'forgot'], ['hiding', 'hid'], ['rising', 'rose'], ['shooting', 'shot'],
  ['singing', 'sang'], ['sinking', 'sank'], ['spreading', 'spread'], ['stealing', 'stole'], ['sticking', 'stuck'],
  ['tearing', 'tore'], ['waking', 'woke'], ['overseeing', 'oversaw'], ['undergoing', 'underwent'], ['letting', 'let'],
  ['cutting', 'cut'], ['shutting', 'shut'], ['quitting', 'quit'], ['becoming', 'became'], ['feeding', 'fed'],
  ['dealing', 'dealt'], ['meaning', 'meant'], ['lending', 'lent'], ['hanging', 'hung'], ['freezing', 'froze'],
  ['tying', 'tied'], ['forecasting', 'forecast'], ['upsetting', 'upset'], ['spinning', 'spun'], ['splitting', 'split'],
  ['beating', 'beat'], ['bleeding', 'bled'], ['fleeing', 'fled'], ['forgiving', 'forgave'], ['hurting', 'hurt'],
  ['casting', 'cast'], ['costing', 'cost'], ['overtaking', 'overtook'], ['undertaking', 'undertook'],
  ['sweeping', 'swept'], ['arising', 'arose'], ['ringing', 'rang'], ['digging', 'dug'], ['stinging', 'stung'],
  ['having', 'had'],
]);

/**
 * The simple past of a verb written in -ing ("touring" toured, "arriving" arrived, "stopping" stopped, "studying"
 * studied, "meeting" met); null for a word that is no -ing form of some length.
 */
export function pastOfIng(word: string): string | null {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_ING_PAST.get(w);
  if (irregular) return irregular;
  const m = /^([a-z]{2,})ing$/.exec(w);
  if (!m) return null;
  const stem = m[1]!;
  // "studying" studied, "playing" played; "agreeing" agreed; "arriving" arrived, "stopping" stopped, "touring" toured.
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  if (/ee$/.test(stem)) return `${stem}d`;
  return `${stem}ed`;
}

/** Past forms spelled as their base ("The storm hit the coast", "Police shut the road"): past only where the clause says so. */
export const UNCHANGED_PAST: ReadonlySet<string> = new Set(['hit', 'cut', 'shut']);

/** The modal verbs: they put a clause ahead or hedge it ("will vote", "may have", "could face"). */
export const MODAL_VERBS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall']);

/** The auxiliaries and modals that open or carry a verb chain ("was granted", "has blocked", "would investigate"). */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'did', 'does', 'do', ...MODAL_VERBS,
]);

export const PAST_WORDS: ReadonlySet<string> = new Set([
  ...IRREGULAR_PAST,
  'was', 'were', 'had', 'has', 'have', 'having', 'did', 'ago', 'last', 'yesterday', 'earlier', 'previously',
  'been', 'done', 'gone',
]);

export const PRESENT_WORDS: ReadonlySet<string> = new Set([
  'is', 'are', 'am', 'says', 'say', 'remains', 'remain', 'continues', 'continue', 'stands', 'now',
  'currently', 'today', 'tonight', 'ongoing', 'still',
]);

/**
 * Verbs that tell a timetable in the present: "the sale begins Friday", "the
 * leaders meet Monday" name a day still ahead. Phrases are written with one
 * space; `phraseAlternation` lets any run of spaces match it.
 */
export const SCHEDULE_VERBS = [
  'begins', 'starts', 'opens', 'reopens', 'ends', 'closes', 'resumes', 'expires', 'kicks off', 'takes effect', 'take effect',
  'gets under way', 'goes on sale', 'meet', 'meets', 'convene', 'convenes', 'vote', 'votes', 'travel', 'travels',
  'testify', 'testifies', 'begin', 'resume', 'reopen',
  // The same timetables with a plural subject: "polls close at 8 p.m. Sunday", "the talks start Monday". ("open" is
  // left out: "the shops were open Sunday" is an adjective.)
  'close', 'start', 'end', 'expire',
  // "The team plays Sunday", "the minister visits Orlen on Wednesday", "voters go to the polls Sunday".
  'plays', 'play', 'faces', 'hosts', 'visits', 'arrives', 'arrive', 'departs', 'leaves', 'returns', 'heads', 'holds', 'hold',
  'go to the polls', 'goes to the polls',
  // A launch, a landing or docking in space, a premiere or debut, a broadcast ("the rocket launches Friday", "the
  // series premieres in March"). Only the forms in -s and phrasal forms: the bare forms are nouns as often as verbs
  // ("delayed the launch on Friday", "at the dock on Sunday") and would make a day gone by look ahead.
  'launches', 'lands', 'docks', 'undocks', 'premieres', 'debuts', 'airs', 'streams', 'lifts off', 'blasts off',
  'splashes down', 'touches down', 'takes off',
  // "Voters head to the polls Sunday", "polls open at 7 a.m. Tuesday": an election day, told with a plural subject
  // ("open" alone is an adjective as often; after "polls" or "doors" it is the verb).
  'head to the polls', 'polls open', 'doors open',
  // A stretch told in the present up to its last day: "the sale runs through Sunday", "talks continue until Friday",
  // "the show lasts through March 24" (alone, "runs" and "lasts" tell a habit or a length as often).
  'runs through', 'runs until', 'runs till', 'run through', 'run until', 'continues through', 'continues until',
  'continue through', 'continue until', 'lasts through', 'lasts until',
  // The close of a run and the next step of a business, a court or a house: "the festival wraps up Sunday", "the series
  // concludes Sunday", "tickets go on sale Friday", "the court hears arguments Monday", "the Senate takes up the bill
  // Thursday", "the strike enters its third day Thursday", "the firm unveils its phone Tuesday".
  'wraps up', 'wrap up', 'concludes', 'go on sale', 'hears', 'takes up', 'enters', 'unveils',
  // A rule, a ban or a tariff that starts to bind: "the ban comes into force on Monday", "the tariffs kick in on July 1".
  'comes into force', 'come into force', 'goes into effect', 'go into effect', 'kicks in', 'kick in',
  // What is put on offer: "the vaccine becomes available on Monday".
  'becomes available', 'become available',
] as const;

/** Verbs that make a call, a plan or an announcement: what they set comes after the day they were said. */
export const CALL_VERBS = [
  'call', 'called', 'calls', 'announced', 'announces', 'scheduled', 'schedules', 'planned', 'plans', 'set', 'urged',
  'urges', 'asked', 'asks', 'voted', 'votes', 'agreed', 'agrees', 'declared', 'declares', 'summoned', 'summons',
  'convened', 'convenes', 'proposed', 'proposes', 'requested', 'requests', 'demanded', 'demands', 'appealed', 'appeals',
] as const;

/** Past verbs that ask someone to do something later: "subpoenaed him to testify on Feb. 10". */
export const ORDER_VERBS: ReadonlySet<string> = new Set([
  'ordered', 'asked', 'urged', 'told', 'invited', 'subpoenaed', 'summoned', 'required', 'directed', 'instructed',
  'called', 'encouraged', 'pressed', 'forced', 'allowed', 'authorized', 'permitted',
]);

/** Participles that name a plan by its day: "a memorial planned for Saturday". */
export const PLAN_PARTICIPLES = ['planned', 'scheduled', 'set', 'slated'] as const;

/** Words that open what a plan starts: "starting Thursday", "effective from Monday". */
export const STARTING_WORDS = ['starting', 'beginning', 'effective'] as const;

/** Promises, plans and orders: a deadline after one of them lies ahead ("has pledged housing by June 30"). */
export const COMMITMENT_WORDS = [
  'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'hope', 'hopes', 'hoped', 'plan', 'plans', 'planned',
  'aim', 'aims', 'aimed', 'expect', 'expects', 'intend', 'intends', 'want', 'wants', 'must', 'need to', 'needs to',
  'ordered', 'orders', 'gave', 'gives', 'asked', 'urged', 'told', 'set a deadline', 'deadline', 'agreed', 'required',
  'requires',
] as const;

/** Words in -ed that are not past verbs, or are adjectives that say nothing about the clause's time. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need', 'speed', 'indeed', 'hundred', 'united', 'red', 'bed', 'feed', 'seed', 'breed', 'proceed',
  'exceed', 'succeed', 'embed', 'shed', 'wed', 'sacred', 'naked', 'wicked', 'kindred', 'limited',
  'related', 'based', 'alleged', 'disputed', 'occupied', 'armed', 'advanced', 'detailed', 'concerned',
  'interested', 'called', 'so-called', 'unprecedented', 'unified', 'qualified', 'skilled', 'talented',
  'supposed', 'biased', 'tired', 'beloved', 'aged', 'ragged', 'rugged', 'learned', 'reed', 'greed',
  'deed', 'heed', 'weed', 'steed', 'tweed', 'creed', 'freed', 'agreed', 'guaranteed', 'fred', 'ted', 'ned',
  // Adjectives in un-: "a still unspecified date", "an undisclosed sum".
  'unspecified', 'undisclosed', 'unnamed', 'unidentified', 'unexpected', 'unconfirmed', 'unscheduled',
]);

/**
 * Words news reports use for the same kind of happening, one group per kind:
 * the kinds reported most often. Two reports that name one kind in different
 * words ("evacuated" here, "fled" there) tell the same sort of thing.
 */
export const HAPPENING_KINDS: readonly string[] = [
  'fire blaze blazes flames burned burning burnt',
  'evacuated evacuate evacuation evacuations fled flee fleeing displaced leave left',
  'killed kill killing dead died die dies death deaths',
  'injured injuring wounded wounding hurt',
  'strike strikes walkout walkouts stoppage stoppages',
  'protest protests protested protesters demonstration demonstrations demonstrators rally rallies marched march',
  'deal deals agreement agreements accord pact',
  'closed close closing closure shut shutting',
  'reopened reopen reopening',
  'arrested arrest arrests detained detain detention',
  'signed sign signing',
  'earthquake earthquakes quake quakes temblor tremor',
  'aftershock aftershocks',
  'notified notify informed inform alerted',
  'filed filing files bankruptcy',
];

/**
 * Words one story names one happening by in turn, a group per kind: a killing ("the Oct. 3 shooting", "in the weeks
 * before the slaying", "since he was gunned down"), a win ("Sunday's victory", "the morning after their triumph").
 * Read by the date tagger, which dates a stretch or a count beside one of them by the date the story told of another.
 * Not groups of HAPPENING_KINDS, which merging and events read and where a shooting and a death stay two happenings.
 */
export const ONE_HAPPENING_WORDS: readonly string[] = [
  'killed kill killing killings death slain slay slaying slayings murder murdered murders shooting shootings shot gunned assassination assassinated stabbing stabbed',
  'victory victories triumph triumphs win',
];

/**
 * Words for armed conflict told at any scale ("the fighting", "a 44-day war", "clashes"): read by merging, where an
 * outbreak told on its day and the war told by its season are one happening. Not a kind of HAPPENING_KINDS, which
 * also joins one article's own readings: there a day's fighting and the war around it stay two events.
 */
export const ARMED_CONFLICT_WORDS: ReadonlySet<string> = new Set(['war', 'wars', 'fighting', 'clashes', 'hostilities', 'conflict']);

/** Words for the truce that ends an armed conflict ("a ceasefire ended the war"): read by merging, as ARMED_CONFLICT_WORDS. */
export const TRUCE_WORDS: ReadonlySet<string> = new Set(['ceasefire', 'cease-fire', 'truce', 'armistice']);

/** Verbs that tell a happening by its start ("fighting broke out on Sunday", "the war, which began on May 3"). */
export const OUTBREAK_VERBS = ['broke out', 'breaks out', 'began', 'begins', 'erupted', 'erupts', 'started', 'starts', 'flared', 'flared up'] as const;

/**
 * Words before a date that make it a source's bound or guess of when a happening may come ("could sign as early as
 * Thursday", "is likely to rule as soon as Monday", "a vote that may come sometime next week"), not when it came.
 */
export const FORECAST_BOUNDS = ['as early as', 'as soon as', 'as late as', 'sometime', 'some time'] as const;

/**
 * Verbs whose object can be a bare length of time ("the trial could last a month", "the count took a week", "she spent
 * a year abroad", "workers waited a month for pay"): after them "a month" is a duration, where alone it is too weak.
 */
export const LASTING_VERBS = [
  'last', 'lasts', 'lasted', 'lasting', 'take', 'takes', 'took', 'taken', 'taking', 'spend', 'spends', 'spent', 'spending',
  'wait', 'waits', 'waited', 'waiting',
] as const;

/**
 * Verbs that hand someone time to act ("gave the rebels a week to leave", "offered him a month to decide"): before a bare
 * length and its "to" and verb, the length is a duration, as after a verb of lasting.
 */
export const GRANTING_VERBS = [
  'give', 'gives', 'gave', 'given', 'giving', 'offer', 'offers', 'offered', 'offering', 'grant', 'grants', 'granted',
  'granting', 'allow', 'allows', 'allowed', 'allowing',
] as const;

/**
 * Verbs of coming and going: a place after them is where someone went ("flew to Luma"), so a wire report's "flew here"
 * says "flew to" the dateline's city where another verb ("met here") says "in".
 */
export const MOTION_VERBS: ReadonlySet<string> = new Set([
  'came', 'comes', 'come', 'returned', 'returns', 'flew', 'flies', 'traveled', 'travelled', 'travels', 'moved', 'moves',
  'went', 'goes', 'brought', 'brings', 'sent', 'sends', 'headed', 'heads', 'rushed', 'drove', 'sailed',
]);

/** Bounds before a length that leave it a length, outside its TIMEX3 ("repairs may run as long as a year"). */
export const LENGTH_BOUNDS = ['as long as', 'as little as'] as const;

/** Words besides FUTURE_WORDS that make such a bound a forecast ("could come sometime", "is likely to rule as soon as"). */
export const FORECAST_WORDS: ReadonlySet<string> = new Set(['could', 'likely', 'preparing', 'poised', 'ready', 'expecting']);

/** Vehicles a year before them names the model of ("a 1987 sedan"): a model year dates no happening. */
export const VEHICLE_WORDS: readonly string[] = [
  'car', 'cars', 'sedan', 'coupe', 'convertible', 'hatchback', 'wagon', 'truck', 'pickup', 'van', 'minivan', 'jeep', 'suv',
  'motorcycle', 'motorbike', 'limousine', 'model',
];

/** Words that make a capitalised name a happening's ("World Cup", "Spring Festival"), not a thing's. */
export const EVENT_NAME_WORDS: ReadonlySet<string> = new Set([
  'cup', 'games', 'olympics', 'championship', 'championships', 'open', 'prix', 'festival', 'awards', 'award', 'prize',
  'election', 'elections', 'summit', 'war', 'congress', 'conference', 'series', 'marathon', 'tournament', 'final', 'finals',
]);

/**
 * Nouns an article names one happening by in other words, a group per kind ("the attacks of May 2" and, later, "the
 * bombings that day"), read when an article's readings are joined (events/sameHappening.ts).
 */
export const HAPPENING_NOUNS: readonly string[] = [
  'attack attacks bombing bombings blast blasts explosion explosions',
  'ruling rulings decision decisions verdict verdicts judgment judgments judgement',
  'service services ceremony ceremonies memorial vigil funeral',
];

/**
 * Kinds of happening merging alone reads beside HAPPENING_KINDS, each a group of words one outlet and another tell
 * it by ("bombs exploded outside the embassy", "the blasts", "a bomb attack"). Not HAPPENING_KINDS, which an
 * article's own reading also joins by: there HAPPENING_NOUNS' nouns join only a happening named by its noun.
 */
export const MERGE_HAPPENING_KINDS: readonly string[] = [`${HAPPENING_NOUNS[0]} bomb bombs bombed exploded explode explodes`];

/**
 * Verbs of reacting to a happening ("the government condemned the bombings", "the club mourned its founder"): an
 * event told by one is its actor's reaction, another happening than the one reacted to, and another actor's
 * reaction is another happening again.
 */
export const REACTION_VERBS: ReadonlySet<string> = new Set([
  'condemned', 'condemns', 'denounced', 'denounces', 'deplored', 'deplores', 'decried', 'decries', 'mourned', 'mourns',
  'hailed', 'hails', 'praised', 'praises', 'applauded', 'applauds', 'lamented', 'laments', 'criticized', 'criticizes',
  'criticised', 'criticises', 'vowed', 'vows', 'expressed', 'expresses',
]);

/** Nouns that stand for whatever happened on the day they are dated ("the incidents of May 2"). */
export const GENERIC_HAPPENING_NOUNS: ReadonlySet<string> = new Set(['incident', 'incidents', 'events', 'tragedy', 'disaster']);

/**
 * Nouns of what binds or plans a deed, which a deadline after them belongs to ("the ruling to send the boy home by
 * Jan. 14", "talks that are supposed to end by May", "an order that the mill stay shut until March 6").
 */
export const BINDING_NOUNS = [
  'ruling', 'order', 'decision', 'deadline', 'plan', 'plans', 'deal', 'agreement', 'request', 'bid', 'law', 'resolution',
  'offer', 'proposal', 'injunction', 'motion', 'mandate', 'ultimatum', 'contract', 'treaty', 'pledge', 'promise', 'talks',
  'negotiations', 'timetable', 'schedule',
] as const;

/**
 * Nouns that name a happening of their own, which a date right after them dates ("considering a request last week
 * from the mayor", "talking about the visit of the minister in May"), rather than the clause around them.
 */
export const DATED_HAPPENING_NOUNS: ReadonlySet<string> = new Set([
  ...HAPPENING_NOUNS.flatMap((group) => group.split(' ')),
  ...BINDING_NOUNS,
  'visit', 'visits', 'trip', 'meeting', 'vote', 'election', 'cutback', 'cutbacks', 'appeal', 'announcement', 'raid',
  'trial', 'hearing', 'summit', 'conference', 'speech', 'letter', 'merger', 'takeover', 'sale', 'arrest', 'invasion',
  'crash', 'ban', 'protest', 'march', 'rally', 'strike', 'offensive', 'buy-out', 'buyout', 'acquisition', 'purchase',
  'introduction', 'launch', 'recapitalization', 'restructuring', 'earthquake', 'quake', 'hurricane', 'storm', 'flood',
]);

/**
 * Words that tell a clause as a forecast ("Westinghouse expects margins of 10% next year", "a boost the company
 * foresees throughout the decade", "sales likely to top $1 billion next year"): a period not yet over that such a clause
 * is about dates no happening.
 */
export const FORECASTING_WORDS: ReadonlySet<string> = new Set([
  'expect', 'expects', 'expected', 'expecting', 'predict', 'predicts', 'predicted', 'forecast', 'forecasts',
  'forecasted', 'foresee', 'foresees', 'foresaw', 'projected', 'anticipate', 'anticipates', 'anticipated', 'likely',
  'unlikely',
]);

/**
 * Verbs of putting a figure on what is not known yet, besides FORECASTING_WORDS ("analysts were estimating 2026
 * earnings of …", "projects fourth-quarter sales of …", "sees a loss in the quarter").
 */
export const ESTIMATING_WORDS: ReadonlySet<string> = new Set([
  'estimate', 'estimates', 'estimated', 'estimating', 'project', 'projects', 'projecting', 'see', 'sees', 'seeing',
  'predicting', 'forecasting', 'anticipating',
]);

/**
 * Verbs of a trend or a level that a "will" or "would" before them makes a forecast ("prices will continue to fall",
 * "spending will rise slightly", "his estimate will remain at $1"), not a deed on a schedule ("will open", "will elect").
 */
export const TREND_VERBS: ReadonlySet<string> = new Set([
  'continue', 'remain', 'stay', 'rise', 'fall', 'grow', 'increase', 'decline', 'decrease', 'improve', 'worsen', 'achieve', 'exceed', 'top', 'slow', 'recover', 'climb', 'drop', 'double', 'average', 'total', 'shrink', 'expand',
]);

/**
 * Nouns of a happening besides DATED_HAPPENING_NOUNS that a possessive date before them dates ("last month's discovery
 * of a rifle", "last week's collapse of the talks"); with those, and nouns in -tion, -sion or -ment ("yesterday's
 * resignation", "last year's settlement").
 */
export const POSSESSIVE_DATED_NOUNS: ReadonlySet<string> = new Set([
  'discovery', 'collapse', 'squeeze', 'crackdown', 'shooting', 'killing', 'killings', 'death', 'deaths', 'departure',
  'approval', 'removal', 'dismissal', 'fire', 'landslide', 'sell-off', 'selloff', 'plunge', 'rout', 'breakdown',
  'shutdown', 'walkout', 'victory', 'defeat', 'win', 'loss', 'coup', 'uprising', 'riot', 'riots', 'massacre', 'rescue',
]);

/**
 * Verbs of a body's decision that close a sentence the way a verb of saying does ("the girl must be sent back,
 * immigration officials ruled Monday"): what was decided comes before them.
 */
export const DECIDING_VERBS = ['ruled', 'rules', 'decided', 'decides', 'concluded', 'concludes', 'determined', 'found'] as const;

/**
 * Heads of a description of a business that a word or two may qualify ("the brewing giant", "the U.S. auto maker"): the
 * company the article is about. Not heads that as often name a person or a body of a place ("operator", "council").
 */
export const BUSINESS_HEADS: ReadonlySet<string> = new Set([
  'company', 'firm', 'chain', 'retailer', 'carrier', 'airline', 'lender', 'insurer', 'automaker', 'carmaker', 'maker',
  'manufacturer', 'giant', 'conglomerate', 'broadcaster', 'publisher',
]);

/**
 * Nouns that describe a child ("the boy"): in a sentence that named one person before them, not as its subject or
 * speaker, that person. ("The man", "the woman" are as often someone new.)
 */
export const PERSON_DESCRIPTION_NOUNS: ReadonlySet<string> = new Set(['boy', 'girl', 'child']);

/**
 * Verbs that, after a word of forecasting or "will", tell what a period is expected to bring ("the plan will mean lower
 * earnings for next year", "is expected to see its share grow this year") rather than a deed on a schedule.
 */
export const OUTCOME_VERBS: ReadonlySet<string> = new Set(['mean', 'see']);

/**
 * What a saying is written in ("wrote in a column posted Monday that …"), and the participles that date its
 * publishing: the date is the saying's, and the participle goes with it from the label.
 */
export const SAYING_DOCUMENTS = [
  'letter', 'statement', 'interview', 'report', 'speech', 'message', 'article', 'column', 'editorial', 'note', 'address', 'video', 'post',
] as const;
export const PUBLISHING_PARTICIPLES = ['published', 'released', 'issued', 'posted', 'broadcast', 'aired', 'televised', 'sent', 'delivered'] as const;
/** "in a letter published", "in an interview aired": the words between a saying's verb and the date of its publishing. */
export const PUBLISHED_SAYING = String.raw`in\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:${alternation(SAYING_DOCUMENTS)})\s+(?:${alternation(PUBLISHING_PARTICIPLES)})`;

/**
 * Nouns of a company's results and of their change ("reported a 77% drop in net income", "posted a loss"): after
 * "reported" they are the object of a deed, not the opening of something said.
 */
export const RESULT_NOUNS = [
  'drop', 'fall', 'decline', 'rise', 'increase', 'jump', 'gain', 'surge', 'plunge', 'loss', 'profit', 'deficit', 'surplus',
  'net', 'income', 'earnings', 'revenue', 'sales', 'dividend',
] as const;

/** Verbs of finding out that take an indirect question ("to investigate who shot down the plane on May 3"). */
export const INQUIRY_VERBS = ['investigate', 'investigating', 'determine', 'determining', 'establish', 'establishing', 'find out', 'finding out', 'probe', 'probing'] as const;

/** Irregular past forms whose participle is another word ("sank", "sunk"): the passive needs the participle. */
export const PAST_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['sank', 'sunk'], ['took', 'taken'], ['stole', 'stolen'], ['broke', 'broken'], ['began', 'begun'], ['drove', 'driven'],
  ['wrote', 'written'], ['gave', 'given'], ['threw', 'thrown'], ['blew', 'blown'], ['tore', 'torn'], ['shook', 'shaken'],
  ['chose', 'chosen'], ['froze', 'frozen'], ['hid', 'hidden'], ['rode', 'ridden'], ['bore', 'borne'], ['drew', 'drawn'],
  ['flew', 'flown'], ['grew', 'grown'], ['knew', 'known'], ['forgot', 'forgotten'], ['ate', 'eaten'], ['saw', 'seen'],
  ['swore', 'sworn'], ['woke', 'woken'], ['overthrew', 'overthrown'], ['withdrew', 'withdrawn'],
]);

/** Bodies that decide a case ("the appeals court", "a three-judge panel", "the jury"). */
export const DECIDING_BODIES: ReadonlySet<string> = new Set(['court', 'courts', 'judge', 'judges', 'justices', 'panel', 'tribunal', 'jury', 'jurors', 'magistrate', 'arbitrator', 'arbitrators']);

/** Nouns of what such a body decides ("Thursday's ruling", "the Friday verdict"). */
export const DECISION_NOUNS: ReadonlySet<string> = new Set(['ruling', 'rulings', 'decision', 'verdict', 'judgment', 'judgement', 'opinion', 'sentence', 'sentencing']);

/** Ordinal words that count happenings ("the eighth killing", "for the second time"); a numeral ordinal ("14th") is read by its suffix. */
export const COUNTING_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'] as const;

/**
 * Words that open a news sentence with a capital without being a name ("Three ports …", "New loans …", "Higher fuel
 * prices …", "Preliminary tests …"): when such a sentence becomes what a speaker said ("the bank said new loans …"),
 * the word goes back to lower case. Before another capitalised word it is part of a name ("New Zealand", "Higher
 * Education Council") and stays.
 */
export const COMMON_SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
  'forty', 'fifty', 'dozens', 'hundreds', 'thousands', 'millions', 'scores', 'many', 'several', 'few', 'fewer', 'both',
  'each', 'every', 'another', 'half', 'new', 'higher', 'lower', 'rising', 'falling', 'strong', 'stronger', 'weak',
  'weaker', 'heavy', 'heavier', 'early', 'initial', 'preliminary', 'final', 'further', 'recent', 'fresh', 'additional',
  'overall', 'total', 'annual', 'average', 'record', 'big', 'bigger', 'large', 'larger', 'small', 'smaller', 'sharp',
  'slower', 'faster', 'officials', 'police', 'investigators', 'residents', 'troops', 'rebels', 'workers', 'voters',
  'prices', 'sales', 'profits', 'shares', 'talks', 'rescuers', 'doctors', 'scientists', 'researchers', 'analysts',
]);

/** A text to match as it is written inside a regular expression: its special characters escaped. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Verbs whose present and past are spelt alike ("cut", "hit", "put"): alone they tell no tense. After a singular
 * subject the present would take -s ("the bank cuts rates"), so "the bank cut rates" is the past. "forecast" is left
 * out: a forecast is no deed.
 */
export const SAME_FORM_PAST_VERBS: ReadonlySet<string> = new Set([
  ...UNCHANGED_PAST, 'put', 'let', 'quit', 'spread', 'hurt', 'split', 'cast', 'cost', 'upset', 'burst', 'thrust',
]);

/**
 * What a report's lead reads as past: the same-form verbs and a few more ("Orlo Foods set a record", "Kessaro beat
 * Orlan 3-1"). The date rules keep to SAME_FORM_PAST_VERBS, where "set sentencing for Thursday" names a coming day
 * (setForLater.ts).
 */
export const PAST_LIKE_PRESENT_VERBS: ReadonlySet<string> = new Set([...SAME_FORM_PAST_VERBS, 'set', 'beat', 'shed', 'bid']);

/** Past forms in "-eed" that NOT_PAST_ED sets aside with the nouns ("need", "greed"), for rules that read a verb group. */
export const PAST_EED_VERBS: ReadonlySet<string> = new Set(['agreed', 'freed', 'decreed']);

/**
 * Nouns a business or news report uses of nearly everything it tells ("the company", "shares", "a share", "cents"):
 * two passages that share only these are not shown to tell one happening.
 */
export const UNTELLING_NOUNS: ReadonlySet<string> = new Set([
  'company', 'companies', 'firm', 'firms', 'concern', 'unit', 'units', 'group', 'groups', 'subsidiary', 'share', 'shares',
  'stock', 'stocks', 'cent', 'cents', 'percent', 'million', 'billion', 'dollar', 'dollars', 'year', 'years', 'people',
  'official', 'officials', 'spokesman', 'spokeswoman', 'statement', 'report', 'reports', 'market', 'markets', 'price',
  'prices', 'trading', 'today', 'yesterday', 'week', 'month', 'day',
]);

/**
 * Nouns that stand for a piece of news told on its day ("shares jumped on the announcement yesterday", "the
 * projection sent shares down"): a dated one of these beside a report's undated lead tells the lead's own news.
 */
export const NEWS_TELLING_NOUNS: ReadonlySet<string> = new Set(['announcement', 'announcements', 'news', 'disclosure', 'disclosures', 'projection', 'projections']);

/** Prefixes a hyphen joins to a verb without making it an adjective ("re-elected", "co-founded", "pre-empted", "out-bid"). */
export const VERB_PREFIXES: ReadonlySet<string> = new Set(['re', 'co', 'pre', 'de', 'un', 'mis', 'over', 'under', 'out', 'cross', 'double', 'fast', 'test']);

/**
 * Words in -ing that news uses as nouns or prepositions ("Friday morning", "according to", "the shooting"): they do
 * not start a clause of their own between a date and the verb it dates.
 */
export const ING_NOT_VERBS: ReadonlySet<string> = new Set([
  'morning', 'evening', 'during', 'according', 'including', 'following', 'nothing', 'something', 'anything', 'everything',
  'building', 'meeting', 'ceiling', 'opening', 'closing', 'trading', 'funding', 'spending', 'ruling', 'hearing',
  'briefing', 'wedding', 'shooting', 'bombing', 'killing', 'landing', 'warning', 'offering', 'holding', 'pending',
]);

/** An "-ing" form of some length that tells a verb ("beating", "flying"), not one of the nouns and prepositions above. */
export const isIngVerb = (w: string): boolean => w.length >= 6 && w.endsWith('ing') && pastOfIng(w) !== null && !ING_NOT_VERBS.has(w);

/** Words that open a clause of another happening inside a sentence ("after the river rose", "who took the post"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'because', 'until', 'who', 'which', 'whose', 'whom', 'where', 'that']);

/**
 * Words of place after "be" that tell where someone was, no deed ("we are here this week", "were outside"). Not "home"
 * or "back": "the freed sailors were home on Friday" tells a return.
 */
export const PLACE_STATE_WORDS: ReadonlySet<string> = new Set(['here', 'there', 'outside', 'inside', 'abroad', 'away']);

/** Words of degree between "be" and a word of state ("were much calmer", "are increasingly hopeful"). */
export const STATE_INTENSIFIERS: ReadonlySet<string> = new Set([
  'much', 'far', 'even', 'still', 'increasingly', 'largely', 'very', 'so', 'too', 'quite', 'rather', 'fairly', 'mostly',
  'more', 'less', 'all', 'also', 'generally', 'relatively', 'somewhat', 'clearly', 'visibly', 'noticeably',
]);

/**
 * Words shaped like adjectives of state ("-er", "-al", "-ent", "-ive") that tell a figure's move, an order in time or
 * a role after "be" ("was higher", "was later", "was president"): not a bare state.
 */
export const NOT_STATE_WORDS: ReadonlySet<string> = new Set([
  'higher', 'lower', 'over', 'under', 'after', 'later', 'earlier', 'never', 'other', 'either', 'rather', 'ever', 'sooner',
  'longer', 'further', 'farther', 'former', 'latter', 'total', 'final', 'president', 'resident', 'student', 'agent',
  'parent', 'official', 'rival', 'general', 'capital', 'criminal', 'original', 'potential', 'arrival', 'approval',
  'proposal', 'trial', 'festival', 'executive', 'representative', 'relative', 'native', 'detective', 'critical',
]);

/**
 * A company's figures a forecast acts on ("would dilute earnings by 9% in 2027", "will reduce its operating results for
 * this year", "won't be profitable until 2026"), and the verbs that change them. Verbs that put figures out or start
 * and stop a trade ("will publish its results", "will start sales of the drug") are deeds on a schedule, not among them.
 */
export const FORECAST_RESULT_WORDS = ['earnings', 'results', 'profit', 'profits', 'income', 'revenue', 'revenues', 'sales', 'margins', 'profitable'] as const;
export const FIGURE_CHANGING_VERBS = [
  'dilute', 'reduce', 'cut', 'lower', 'lift', 'boost', 'raise', 'hurt', 'hit', 'depress', 'increase', 'decrease', 'trim', 'erode',
  'squeeze', 'improve', 'dent', 'affect', 'double', 'halve', 'be',
] as const;

/**
 * Words that tie a sentence to the one before it, set off by commas ("However, …", "the results, however, included
 * …"): no part of the clause they stand in.
 */
export const LINK_ADVERBS: ReadonlySet<string> = new Set([
  'however', 'meanwhile', 'moreover', 'nevertheless', 'nonetheless', 'furthermore', 'still', 'instead', 'separately',
  'likewise', 'indeed', 'meantime',
]);
