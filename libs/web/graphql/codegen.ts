/**
 * graphql-codegen configuration for the web app's typed documents.
 *
 * Run from the repository root:   npx graphql-codegen --config libs/web/graphql/codegen.ts
 *
 * Reads the API's emitted `schema.graphql` and every `graphql(...)` document under
 * `libs/web/<domain>/data-access/src`, and writes the client-preset output to
 * `libs/web/graphql/src/generated/` (committed; CI regenerates it and fails on a diff). Prettier
 * formats the output (`--ignore-path .gitignore` because `.prettierignore` skips the generated
 * folder) so that the files are byte-for-byte reproducible.
 */
import { join, relative } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are resolved from the repository root, wherever the command is started from.
const root = join(__dirname, '..', '..', '..');
const fromRoot = (path: string): string => relative(process.cwd(), join(root, path)) || '.';
const outDir = fromRoot('libs/web/graphql/src/generated') + '/';

const config: CodegenConfig = {
  schema: fromRoot('schema.graphql'),
  documents: [
    fromRoot('libs/web/*/data-access/src/**/*.ts'),
    '!' + fromRoot('libs/web/**/__tests__/**'),
    '!' + fromRoot('libs/web/**/*.spec.ts'),
  ],
  ignoreNoDocuments: false,
  generates: {
    [outDir]: {
      preset: 'client',
      presetConfig: {
        // Presentational components take plain props; masking would force every one through useFragment.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        avoidOptionals: false,
        defaultScalarType: 'unknown',
        strictScalars: true,
        // DateTime travels as an ISO-8601 string; the UI parses it where it formats dates.
        scalars: { ID: 'string', DateTime: 'string' },
      },
    },
  },
  hooks: {
    afterAllFileWrite: ['prettier --write --log-level warn --ignore-path .gitignore'],
  },
};

export default config;
