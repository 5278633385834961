// Verbs that tell a scheduled happening of modern news in the present, beside
// the lexicon's SCHEDULE_VERBS (meetings, openings, votes, trips): a launch, a
// landing or docking in space, a premiere or debut, a broadcast. Told in the
// present before a day or a month ("the rocket launches Friday", "the series
// premieres in March"), they name the coming one.
//
// Only the forms in -s, and phrasal forms, are listed: the bare forms are
// nouns as often as verbs ("delayed the launch on Friday", "seized land on
// Monday", "at the dock on Sunday", "by air on Tuesday") and would make a day
// gone by look ahead.
export const SCHEDULED_HAPPENING_VERBS = [
  'launches', 'lands', 'docks', 'undocks', 'premieres', 'debuts', 'airs', 'streams', 'lifts off', 'blasts off',
  'splashes down', 'touches down', 'takes off',
  // "Voters head to the polls Sunday", "polls open at 7 a.m. Tuesday": an election day, told with a plural subject
  // ("open" alone is an adjective as often: "the shops were open Sunday"; after "polls" or "doors" it is the verb).
  'head to the polls', 'polls open', 'doors open',
] as const;
