// When a bare four-digit number is a year: the words around it that say so
// ("in 1991", "the 1991 occupation") and those that say it is a count, a
// label or a measure ("Resolution 1991", "1991 soldiers", "1600 GMT").

/** Prepositions after which a bare four-digit number in range is a year. */
export const YEAR_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'before', 'after', 'during', 'between',
  'through', 'throughout', 'circa', 'around', 'early', 'late', 'mid', 'summer', 'spring', 'autumn',
  'fall', 'winter', 'to', 'and', 'or', 'as', 'for', 'into', 'pre', 'post', 'c.', 'ca.', 'due',
]);

/** Words before a year that make it a year when a noun follows: "the 1991 occupation". */
export const YEAR_DETERMINERS = new Set([
  'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'a', 'an', 'whose', 'last', 'next',
]);

/** Nouns after a bare year that make it the year of an event. */
export const EVENT_NOUNS = new Set([
  'war', 'wars', 'conflict', 'conflicts', 'election', 'elections', 'vote', 'occupation', 'ceasefire',
  'cease-fire', 'truce', 'agreement', 'agreements', 'accord', 'accords', 'deal', 'treaty', 'referendum',
  'offensive', 'clashes', 'fighting', 'hostilities', 'protests', 'protest', 'revolution', 'uprising',
  'earthquake', 'quake', 'flood', 'floods', 'hurricane', 'storm', 'olympics', 'games', 'census',
  'campaign', 'summit', 'invasion', 'massacre', 'pogrom', 'crisis', 'coup', 'budget', 'season',
  'statement', 'declaration', 'declarations', 'talks', 'negotiations', 'law', 'constitution',
  'attack', 'attacks', 'bombing', 'crash', 'report', 'survey', 'tournament', 'championship',
  'championships', 'final', 'finals', 'cup', 'race', 'primary', 'primaries', 'escalation', 'operation',
  'blockade', 'exodus', 'resolution', 'independence', 'victory', 'defeat', 'deadline', 'plan',
  'pandemic', 'outbreak', 'recession', 'collapse', 'merger', 'acquisition', 'ipo', 'earnings',
  'results', 'fiscal', 'film', 'edition', 'level', 'levels', 'figure', 'figures', 'peak', 'meeting',
  'visit', 'trip', 'battle', 'siege', 'strike', 'strikes', 'ruling', 'verdict', 'trial', 'decision',
]);

/** Words before a number that make it a label, not a year: "Resolution 1991", "Route 1991". */
export const LABEL_NOUNS = new Set([
  'no', 'no.', 'number', 'resolution', 'route', 'highway', 'flight', 'model', 'page', 'pages',
  'article', 'section', 'room', 'boeing', 'airbus', 'chapter', 'paragraph', 'item', 'line', 'bus',
  'road', 'street', 'avenue', 'unit', 'code', 'case', 'cases', 'decree', 'law', 'order', 'protocol',
  'version', 'v', 'build', 'tu', 'mig', 'su', 'il', 'an', 'apt', 'suite', 'box', 'pier', 'gate',
  'platform', 'exit', 'bill', 'hr', 'h.r.', 'iso', 'rfc', 'volume', 'vol.', 'p.', 'pp.', 'fig.',
]);

/** Units and count nouns after a number: "2020 km", "1991 soldiers", "1600 GMT". */
export const UNIT_WORDS = new Set([
  'km', 'kilometers', 'kilometres', 'miles', 'meters', 'metres', 'm', 'kg', 'tons', 'tonnes', 'mw',
  'gmt', 'utc', 'hours', 'hrs', 'h', 'local', 'people', 'persons', 'soldiers', 'troops', 'dollars',
  'euros', 'votes', 'seats', 'points', 'times', 'percent', 'per', 'pct', 'feet', 'ft', 'barrels',
  'residents', 'families', 'households', 'houses', 'homes', 'refugees', 'civilians', 'casualties',
  'deaths', 'dead', 'victims', 'prisoners', 'detainees', 'units', 'vehicles', 'tanks', 'drones',
  'rockets', 'missiles', 'shells', 'hectares', 'acres', 'rubles', 'roubles', 'manats', 'drams',
  'pounds', 'yen', 'yuan', 'lira', 'shares', 'jobs', 'workers', 'employees', 'members', 'students',
  'children', 'men', 'women', 'copies', 'words', 'pages', 'km/h', 'mph', 'calories', 'degrees',
]);
