// Infers a `test` and a `typecheck` target for every Nx project, so that `nx affected -t test typecheck`
// runs what a change can break and nothing else (docs/adr/0030-inferred-test-and-typecheck-targets.md).
// A target written in a project.json wins over these.
//
// - typecheck: `tsc --noEmit` on the project's own tsconfig.json (projects without one have none). tsc
//   follows imports, so a library is checked together with what it uses of the others.
// - test: the root jest.config.js with ENSEMBLE_TEST_PROJECT_ROOT set, which keeps each jest project's
//   roots to the part inside this project (`npm test` and a bare `jest` still run everything).
const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');

const TEST_INPUTS = [
  'default',
  '^production',
  '{workspaceRoot}/jest.config.js',
  '{workspaceRoot}/tools/jest/**/*',
];

/** @type {import('nx/src/project-graph/plugins').CreateNodes} */
const createNodes = [
  '**/project.json',
  (configFiles, _options, context) =>
    configFiles.map((file) => {
      const root = dirname(file);
      const targets = {
        test: {
          executor: 'nx:run-commands',
          options: {
            command: 'jest --passWithNoTests',
            env: { ENSEMBLE_TEST_PROJECT_ROOT: '{projectRoot}' },
          },
          cache: true,
          inputs: TEST_INPUTS,
        },
      };
      if (existsSync(join(context.workspaceRoot, root, 'tsconfig.json'))) {
        targets.typecheck = {
          executor: 'nx:run-commands',
          options: { command: 'tsc --noEmit -p {projectRoot}/tsconfig.json' },
          cache: true,
          inputs: ['default', '^production'],
        };
      }
      return [file, { projects: { [root]: { targets } } }];
    }),
];

module.exports = { createNodes };
