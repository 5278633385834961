// Words that tell a forecast or a warning of what is to come (forecastAhead.ts).

/** After "is" or "are": "rain is forecast for Saturday", "showers are likely Sunday", "gusts are possible on Friday". */
export const FORECAST_STATES: ReadonlySet<string> = new Set([
  'forecast', 'forecasted', 'predicted', 'projected', 'expected', 'likely', 'possible',
]);

/** A forecast told in the present by who makes it: "forecasters predict rain on Saturday", "the service warns of gusts Sunday". */
export const FORECAST_VERBS: ReadonlySet<string> = new Set([
  'forecast', 'forecasts', 'predict', 'predicts', 'warn', 'warns', 'project', 'projects',
]);
