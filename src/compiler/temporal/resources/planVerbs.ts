// Verbs that set or move a happening to a later day: "set sentencing for
// Thursday", "adjourned the trial until Monday", "moved the vote to Friday".
// What they set lies after the day they were said, so, said by the news, ahead.
export const SET_FOR_LATER_VERBS = [
  'set', 'sets', 'scheduled', 'schedules', 'rescheduled', 'reschedules', 'adjourned', 'adjourns', 'postponed', 'postpones',
  'delayed', 'delays', 'deferred', 'defers', 'moved', 'moves', 'pushed back', 'pushes back', 'put off', 'puts off',
] as const;
