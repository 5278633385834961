import { label } from './label';

describe('makeLabel on an opening phrase that names an occasion', () => {
  it('labels what was done at the occasion, not the occasion', () => {
    // Election debate.
    expect(label("In Sunday's debate against Marn, Rusk accused him of neglecting the harbour's flood walls.", "Sunday's"))
      .toBe("Rusk accused him of neglecting the harbour's flood walls");
    // Church service, the date inside the noun phrase.
    expect(label("In his Sunday sermon at St. Anne's Church in Tesk, Bishop Ola Varn called the attack wrong.", 'Sunday'))
      .toBe('Bishop Ola Varn called the attack wrong');
    // Diplomacy, a link word before the phrase and the date at its end.
    expect(label("Even so, on the minister's plane carrying the three envoys to the capital Friday, the envoys were asked whether they would sign.", 'Friday'))
      .toBe('Envoys were asked whether they would sign');
    // Sports.
    expect(label("During Saturday's final at the Arena Norte, Kell United scored twice in the last ten minutes.", "Saturday's"))
      .toBe('Kell United scored twice in the last ten minutes');
    // Arts, a deed in -ing after "in".
    expect(label('In honouring her with its poetry prize in 2001, the academy said her verse gave a voice to the coast.', 'in 2001'))
      .toBe('Academy said her verse gave a voice to the coast');
    // Markets: the exchange's name is where, not what.
    expect(label('In composite trading on the Tesk Stock Exchange yesterday, Brel Mills shares rose 40 cents to $12.50.', 'yesterday'))
      .toBe('Brel Mills shares rose 40 cents to $12.50');
    // Court.
    expect(label("At Tuesday's hearing in the district court, lawyers for Ivo Marn asked the judge to drop the charges.", "Tuesday's"))
      .toBe('Lawyers for Ivo Marn asked the judge to drop the charges');
  });

  it('leaves a phrase that tells another time, a phrase with a verb, and a date alone', () => {
    // A response comes after the happening the date dates.
    expect(label("In response to Monday's raid on the depot, the army closed the border.", "Monday's")).not.toMatch(/^Army closed/);
    expect(label("On the eve of Sunday's vote, police arrested two organisers of the march.", "Sunday's")).not.toMatch(/^Police arrested/);
    expect(label('In contrast to Thursday, when the dockers struck, the port was quiet on Friday.', 'Thursday')).not.toMatch(/^Port was quiet/);
    // "After" tells a happening before the main clause's.
    expect(label("After Sunday's vote on the budget, the council adjourned until March.", "Sunday's")).not.toMatch(/^Council adjourned/);
    // A date after a participle's object dates that object.
    expect(label('In a note recounting talks of the panel on Tuesday, the agency added two ports to its list.', 'on Tuesday')).not.toMatch(/^Agency added/);
    expect(label('In a statement issued Friday in Tesk summarizing teleconference meetings of the board Wednesday and Thursday, the agency added two ports to its list.', 'Wednesday and Thursday'))
      .not.toMatch(/^Agency added/);
    // A phrase with its own verb is a clause.
    expect(label('In a speech he gave at the port on Friday, the mayor promised new cranes.', 'on Friday')).toBe('Mayor promised new cranes');
    expect(label('On Friday, the mayor opened the new quay.', 'On Friday')).toBe('Mayor opened the new quay');
  });
});
