// Nouns of happenings set on the calendar beforehand: "the Nov. 5 election",
// "the Oct. 12 runoff", "the Dec. 2 hearing". A day named before one of them in
// a clause that looks ahead is the coming one (calendarPhrase.ts); a bombing
// or a quake is never set beforehand, so its day is left to the nearest.
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
