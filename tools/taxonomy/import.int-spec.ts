import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@ensemble/api/core/testing';
import { main, type CliIo } from './import';
import { sharedDataDir } from '@ensemble/api/skills';

function capture(
  env: NodeJS.ProcessEnv,
): CliIo & { stdout: string[]; stderr: string[]; progressed: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const progressed: string[] = [];
  return {
    stdout,
    stderr,
    progressed,
    env,
    out: (line) => stdout.push(line),
    error: (line) => stderr.push(line),
    progress: { isTTY: false, write: (text: string) => progressed.push(text) },
  };
}

/** A miniature ESCO package: two groups, three skills, quoted multi-line alternative labels. */
function escoFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'esco-fixture-'));
  writeFileSync(
    join(dir, 'skills_en.csv'),
    'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description\n' +
      'KnowledgeSkillCompetence,esco:s1,skill/competence,,write code,"program\ncode, write",,released,,,,,"Write ""clean"" code."\n' +
      'KnowledgeSkillCompetence,esco:s2,knowledge,,Haskell,Haskell programming,,released,,,,,A language.\n' +
      'KnowledgeSkillCompetence,esco:s3,skill/competence,,debug code,,,released,,,,,Find bugs.\n',
  );
  writeFileSync(
    join(dir, 'skillGroups_en.csv'),
    'conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,inScheme,description,code\n' +
      'SkillGroup,esco:g1,skills,,,released,,,,,S\n' +
      'SkillGroup,esco:g2,programming,coding,,released,,,,,S5\n',
  );
  writeFileSync(
    join(dir, 'broaderRelationsSkillPillar.csv'),
    'conceptType,conceptUri,broaderType,broaderUri\n' +
      'SkillGroup,esco:g2,SkillGroup,esco:g1\n' +
      'KnowledgeSkillCompetence,esco:s1,SkillGroup,esco:g2\n' +
      'KnowledgeSkillCompetence,esco:s2,KnowledgeSkillCompetence,esco:s1\n' +
      'KnowledgeSkillCompetence,esco:s3,SkillGroup,esco:g2\n',
  );
  return dir;
}

describe('taxonomy:import CLI', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('exits 2 with the usage on a bad command line', async () => {
    for (const argv of [
      [],
      ['nonsense'],
      ['esco'],
      ['esco', '/nonexistent-esco-dir'],
      ['starter', 'extra'],
      ['onet', '--bogus'],
    ]) {
      const io = capture({ DATABASE_URL: db.url });
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr.join('\n')).toMatch(/Usage: taxonomy:import/);
    }
  });

  it('exits 1 naming the variable when DATABASE_URL is not a PostgreSQL URL', async () => {
    const io = capture({ DATABASE_URL: 'mysql://somewhere/db' });
    expect(await main(['starter'], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/DATABASE_URL \("mysql:\/\/somewhere\/db"\)/);
  });

  it('imports an ESCO package with progress on stderr, and reports nothing to do the second time', async () => {
    const dir = escoFixture();
    const io = capture({ DATABASE_URL: db.url });
    expect(await main(['esco', dir], io)).toBe(0);
    const report = io.stdout.join('\n');
    expect(report).toMatch(/ESCO: 3 skills and 2 skill groups read/);
    expect(report).toMatch(/Skills: 5 inserted, 0 updated, 0 unchanged\./);
    // "program" (for write code) and "coding" (for programming) are ordinary words naming something else.
    expect(report).toMatch(
      /2 one-word alternative labels that are ordinary English words naming something else were left out/,
    );
    expect(report).toMatch(/Aliases: 2 inserted, 0 unchanged, 0 skipped/);
    expect(report).toMatch(/This service uses the ESCO classification of the European Commission\./);
    expect(io.stdout.at(-1)).toMatch(/^Done in \d+\.\d s\.$/);
    expect(io.progressed).toEqual(
      expect.arrayContaining(['reading 100%\n', 'writing 0%\n', 'writing 100%\n']),
    );
    const haskell = await db.client.query(
      `SELECT p.name AS parent, s.description FROM skill s JOIN skill p ON p.id = s.parent_id WHERE s.external_uri = 'esco:s1'`,
    );
    expect(haskell.rows).toEqual([{ parent: 'programming', description: 'Write "clean" code.' }]);

    const again = capture({ DATABASE_URL: db.url });
    expect(await main(['esco', dir], again)).toBe(0);
    expect(again.stdout.join('\n')).toMatch(
      /Skills: 0 inserted, 0 updated, 5 unchanged\.\nAliases: 0 inserted, 2 unchanged/,
    );
  });

  it('imports O*NET technology skills from the real file', async () => {
    const io = capture({ DATABASE_URL: db.url });
    expect(await main(['onet', join(sharedDataDir(), 'onet-30.2', 'technology-skills.txt')], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(
      /O\*NET: 32,773 rows read: 8,745 products in 137 technology classes/,
    );
    expect(io.stdout.join('\n')).toMatch(/Skills: 8,882 inserted/);
  });

  it('installs the starter taxonomy', async () => {
    const io = capture({ DATABASE_URL: db.url });
    expect(await main(['starter'], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^Skills: \d{3} inserted, 0 updated, 0 unchanged/);
  });
});
