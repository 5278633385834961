// Verbs that set or move a happening to a later day: "set sentencing for
// Thursday", "adjourned the trial until Monday", "moved the vote to Friday".
// What they set lies after the day they were said, so, said by the news, ahead.
export const SET_FOR_LATER_VERBS = [
  'set', 'sets', 'scheduled', 'schedules', 'rescheduled', 'reschedules', 'adjourned', 'adjourns', 'postponed', 'postpones',
  'delayed', 'delays', 'deferred', 'defers', 'moved', 'moves', 'pushed back', 'pushes back', 'put off', 'puts off',
] as const;

/**
 * Verbs that name a target day in the present: "the agency now targets Thursday for the launch", "the league is
 * aiming for March 28". A target still held lies ahead. "targets" alone is as often the noun ("struck targets Monday"),
 * so the present is told by "now" or the progressive. The past ("targeted Thursday") may be a target overtaken, and is
 * left to the clause's tense.
 */
export const TARGET_VERBS = [
  'now targets', 'now target', 'is targeting', 'are targeting', 'is now targeting', 'are now targeting', 'now targeting',
  'now aims for', 'now aim for', 'is aiming for', 'are aiming for', 'is now aiming for', 'are now aiming for',
] as const;

/**
 * Timetable verbs in -s spelt like a plural noun ("the votes", "tax returns", "two launches"): after a comma one is
 * as often the noun that opens a clause as the verb after an aside, so only a joining word makes it the verb.
 */
export const TIMETABLE_FORMS_ALSO_NOUNS: ReadonlySet<string> = new Set([
  'votes', 'returns', 'plays', 'launches', 'lands', 'heads', 'leaves', 'faces', 'holds', 'streams', 'airs', 'docks',
  'debuts', 'premieres', 'travels', 'visits', 'starts', 'hosts',
]);

/** Verbs that put out a company's or an agency's figures on a set day: "reports results Thursday" (resultsAhead.ts). */
export const RESULTS_VERBS = ['reports', 'releases', 'posts', 'publishes', 'report', 'release', 'post', 'publish'] as const;
/** What such a verb puts out: "third-quarter results", "its traffic figures", "earnings". */
export const RESULTS_NOUNS = ['results', 'earnings', 'figures', 'numbers', 'accounts', 'data'] as const;

/**
 * Bare verbs of a fixture, whose nouns are spelt alike ("host", "face", "visit"): read as the verb only between a
 * team and its opponent's name, "the Tigers host the Hawks on Sunday" (fixtureAhead.ts).
 */
export const FIXTURE_VERBS = ['host', 'face', 'visit', 'play', 'meet', 'take on', 'welcome', 'entertain'] as const;
