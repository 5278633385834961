// Words that make a present-tense clause a habit rather than a timetable:
// "the fair usually opens in the spring" tells what happens each year, not
// when the next one opens.

export const HABITUAL_WORDS = [
  'usually', 'typically', 'normally', 'generally', 'traditionally', 'often', 'always', 'sometimes',
  'regularly', 'routinely', 'annually', 'customarily', 'each', 'every',
] as const;
