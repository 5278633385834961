// Nouns of happenings set on the calendar beforehand ("the Nov. 5 election",
// "the Oct. 12 runoff", "the Dec. 2 hearing") and of those nobody sets ("the
// Aug. 7 bombings", "the March 2 quake"). A day named before one of the first
// in a clause that looks ahead is the coming one; before one of the second it
// is always a day gone by (calendarPhrase.ts).
import { HAPPENING_NOUNS } from '../../text/lexicon';
export const SCHEDULED_HAPPENING_NOUNS = [
  'election', 'elections', 'vote', 'referendum', 'plebiscite', 'primary', 'primaries', 'runoff', 'run-off', 'caucus',
  'caucuses', 'ballot', 'summit', 'meeting', 'talks', 'conference', 'convention', 'congress', 'session', 'hearing',
  'trial', 'sentencing', 'arraignment', 'deadline', 'launch', 'liftoff', 'landing', 'flyby', 'spacewalk', 'debate',
  'match', 'game', 'final', 'semifinal', 'race', 'derby', 'marathon', 'premiere', 'release', 'auction', 'ceremony',
  'inauguration', 'swearing-in', 'visit', 'rally', 'concert', 'festival', 'parade', 'kickoff', 'draft', 'opening',
  'reopening',
] as const;

/** Words after such a noun that name what it left behind, told after it: "the Nov. 5 election results will be certified". */
export const AFTERMATH_WORDS = ['results', 'result', 'count', 'recount', 'outcome', 'aftermath', 'fallout', 'returns'] as const;

/** Happenings nobody sets beforehand: the lexicon's attacks and blasts, disasters and crimes. */
export const UNFORESEEN_HAPPENING_NOUNS = [
  ...HAPPENING_NOUNS[0]!.split(' '), 'quake', 'earthquake', 'flood', 'floods', 'crash', 'shooting', 'shootings', 'fire',
  'killing', 'killings', 'massacre', 'riot', 'riots', 'landslide', 'derailment', 'ambush', 'stabbing', 'murder',
  'kidnapping', 'eruption', 'tsunami', 'spill', 'outage', 'coup',
] as const;

/**
 * Verbs that look back on a happening once it is over: "the board will review the Nov. 5 election", "the Oct. 12
 * runoff will be investigated" (lookedBack.ts). "monitor", "observe" and "hold" look ahead and are not here.
 */
export const LOOK_BACK_VERBS = [
  'investigate', 'investigated', 'investigating', 'review', 'reviewed', 'reviewing', 'audit', 'audited', 'auditing',
  'probe', 'probed', 'probing', 'examine', 'examined', 'examining', 'certify', 'certified', 'certifying', 'annul',
  'annulled', 'annulling', 'overturn', 'overturned', 'overturning', 'recount', 'recounted', 'recounting', 'remember',
  'remembered', 'commemorate', 'commemorated', 'scrutinise', 'scrutinised', 'scrutinize', 'scrutinized',
] as const;
