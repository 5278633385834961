// Reading and writing TimeML: the annotation inside TEXT is read with its
// offsets, written back in place of the old one, and the text between tags
// never changes. The round trip runs on TBAQ when ../shared/timeml is there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeEntities, parseTimeml, TimemlError, writeTimeml } from '../../../../src/compiler/eval/timeml/timemlDocument';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2011-03-04" temporalFunction="false" functionInDocument="CREATION_TIME">20110304</TIMEX3></DCT>
<TEXT>
The mill in Orvane <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="2011-03-01" temporalFunction="true">Tuesday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P40Y" mod="MORE_THAN">more than 40 years</TIMEX3> of work, R&amp;D staff said.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
</TimeML>
`;

describe('parseTimeml', () => {
  it('reads the creation time, the text without tags and each TIMEX3 with its offsets', () => {
    const doc = parseTimeml(DOC);
    expect(doc.dct).toBe('2011-03-04');
    expect(doc.text).toBe('\nThe mill in Orvane closed on Tuesday after more than 40 years of work, R&amp;D staff said.\n');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value, t.mod])).toEqual([
      ['Tuesday', 'DATE', '2011-03-01', undefined],
      ['more than 40 years', 'DURATION', 'P40Y', 'MORE_THAN'],
    ]);
  });

  it('names the line of a tag that does not nest', () => {
    const broken = DOC.replace('Tuesday</TIMEX3>', 'Tuesday</EVENT>');
    expect(() => parseTimeml(broken)).toThrow(TimemlError);
    try {
      parseTimeml(broken);
    } catch (error) {
      expect((error as TimemlError).line).toBe(6);
      expect((error as Error).message).toMatch(/<\/EVENT> closes <TIMEX3>/);
    }
  });

  it('refuses a document without TEXT', () => {
    expect(() => parseTimeml('<TimeML><DCT></DCT></TimeML>')).toThrow(/no <TEXT>/);
  });
});

describe('writeTimeml', () => {
  it('puts new TIMEX3s in place of the old annotation and drops the links to it', () => {
    const doc = parseTimeml(DOC);
    const at = doc.text.indexOf('Tuesday');
    const out = writeTimeml(doc, [{ start: at, end: at + 7, type: 'DATE', value: '2011-03-01' }]);
    expect(out).toContain('closed on <TIMEX3 tid="t1" type="DATE" value="2011-03-01">Tuesday</TIMEX3> after more than 40 years');
    expect(out).not.toMatch(/<EVENT|<SIGNAL|<TLINK|<MAKEINSTANCE/);
    expect(out).toContain('<DCT><TIMEX3 tid="t0"');
    const again = parseTimeml(out);
    expect(again.text).toBe(doc.text);
    expect(again.timexes).toEqual([{ start: at, end: at + 7, type: 'DATE', value: '2011-03-01' }]);
  });

  it('leaves out a TIMEX3 that overlaps one before it, so the output stays well formed', () => {
    const doc = parseTimeml(DOC);
    const at = doc.text.indexOf('Tuesday');
    const out = writeTimeml(doc, [
      { start: at, end: at + 7, type: 'DATE', value: 'X' },
      { start: at + 3, end: at + 13, type: 'DATE', value: 'Y' },
    ]);
    expect(parseTimeml(out).timexes.map((t) => t.value)).toEqual(['X']);
  });
});

describe('decodeEntities', () => {
  it('reads entities as characters and maps offsets back to the text as written', () => {
    const { text, rawOffset } = decodeEntities('R&amp;D in 2010');
    expect(text).toBe('R&D in 2010');
    const at = text.indexOf('2010');
    expect('R&amp;D in 2010'.slice(rawOffset(at), rawOffset(at + 4))).toBe('2010');
    expect(rawOffset(2)).toBe(6);
  });
});

// TIMEML_TBAQ points elsewhere (a checkout whose ../shared is not beside it).
const TBAQ = path.resolve(process.env.TIMEML_TBAQ ?? '../shared/timeml/tbaq');
const tbaqFiles = existsSync(TBAQ)
  ? ['TimeBank', 'AQUAINT'].flatMap((d) => readdirSync(path.join(TBAQ, d)).filter((n) => n.endsWith('.tml')).map((n) => path.join(TBAQ, d, n)))
  : [];

describe.skipIf(tbaqFiles.length === 0)(`the round trip on TBAQ (skipped when ${TBAQ} is absent)`, () => {
  it('reads every document and writes it back with the same text and annotation', () => {
    expect(tbaqFiles.length).toBeGreaterThan(200);
    for (const file of tbaqFiles) {
      const doc = parseTimeml(readFileSync(file, 'utf8'));
      expect(doc.dct, file).toMatch(/^\d{4}-?\d{2}-?\d{2}/);
      const again = parseTimeml(writeTimeml(doc, doc.timexes));
      expect(again.text, file).toBe(doc.text);
      expect(again.timexes, file).toEqual(doc.timexes);
    }
  });
});
