/**
 * Where a draft mentions the house's programmes (parse/programme-mentions.ts): the place the
 * boilerplate rule points at when a mentioned programme's boilerplate is missing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../server/src/engine/parse/document';
import { firstMentions, mentionsProgramme } from '../server/src/engine/parse/programme-mentions';
import type { Programme } from '../server/src/engine/config/style';

const programme = (name: string, ...mentions: string[]): Programme => ({ name, mentions: mentions.length > 0 ? mentions : [name], boilerplate: `About ${name}.`, previous: [] });

const OPENING = 'Wells reach twelve villages\n\nMopti, Mali, 4 March 2026 - ';

/** The text of each programme's first mention, by name. */
function mentioned(body: string, programmes: Programme[]): Record<string, string> {
  const text = `${OPENING}${body}\n`;
  const found = firstMentions(parseDraft(text), programmes);
  return Object.fromEntries([...found].map(([p, range]) => [p.name, `${text.slice(range.start, range.end)}@${range.start - OPENING.length}`]));
}

describe('programme mentions', () => {
  it('finds the earliest mention of each programme, whole words only', () => {
    const water = programme('WaterWorks', 'WaterWorks', 'Clean water programme');
    const schools = programme('SchoolNet');
    assert.deepEqual(mentioned('The clean water programme and SchoolNet, with WaterWorks, met.', [water, schools]), {
      WaterWorks: 'clean water programme@4',
      SchoolNet: 'SchoolNet@30',
    });
    assert.deepEqual(mentioned('WaterWorksPlus and SchoolNets met.', [water, schools]), {});
  });

  it('reads a mention with two capitals or more case-sensitively, and a phrase across a line break', () => {
    const glo = programme('GLO.ACT');
    const plan = programme('Blue Plan', 'blue plan');
    assert.deepEqual(mentioned('Under glo.act and the Blue\nPlan, GLO.ACT grew.', [glo, plan]), { 'Blue Plan': 'Blue\nPlan@22', 'GLO.ACT': 'GLO.ACT@33' });
  });

  it('finds a mention that starts with a sign, and two programmes mentioned at one place', () => {
    const tag = programme('#Water4All');
    const short = programme('GLO');
    const long = programme('GLO.ACT');
    assert.deepEqual(mentioned('Follow #Water4All; GLO.ACT too.', [tag, short, long]), { '#Water4All': '#Water4All@7', GLO: 'GLO@19', 'GLO.ACT': 'GLO.ACT@19' });
  });

  it('says whether a heading names a programme by its name or a mention', () => {
    const glo = programme('GLO.ACT', 'Global Action');
    assert.equal(mentionsProgramme('About GLO.ACT', glo), true);
    assert.equal(mentionsProgramme('About Global Action', glo), true);
    assert.equal(mentionsProgramme('About the global action', glo), false);
    assert.equal(mentionsProgramme('About GLO.ACTION', glo), false);
  });
});
