// Fails when the web app's generated GraphQL types are stale: regenerates them into a scratch copy
// and compares with the committed files.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const generated = 'libs/web/graphql/src/generated';
const backup = mkdtempSync(join(tmpdir(), 'ensemble-codegen-'));
cpSync(generated, backup, { recursive: true });
const read = (dir) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'libs/web/graphql/codegen.ts', '--silent'], { stdio: 'inherit' });
  const before = read(backup);
  const after = read(generated);
  const stale = Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
  if (stale.length) {
    console.error(`Generated GraphQL types are out of date (${stale.join(', ')}): run \`npm run codegen\` and commit.`);
    process.exitCode = 1;
  } else {
    console.log('Generated GraphQL types are up to date.');
  }
} finally {
  rmSync(generated, { recursive: true, force: true });
  cpSync(backup, generated, { recursive: true });
  rmSync(backup, { recursive: true, force: true });
}
