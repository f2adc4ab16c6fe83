// One flat config for the whole workspace. Module boundaries are enforced from the project graph:
// each Nx project carries scope:* and type:* tags (see each project.json) and may only depend on the
// kinds listed below. A domain lib reaches another only through its public index.ts.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import ensemble from './tools/lint-rules/index.mjs';

// bench/ and tools/ (scope:tools, type:tool) may use the api libraries; nothing depends on them.
const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:core', 'type:domain', 'type:feature', 'type:data-access', 'type:ui', 'type:util'] },
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:core', 'type:domain', 'type:data-access', 'type:util'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:core', 'type:util'] },
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:core', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
];
const boundaries = (allow) => ({ enforceBuildableLibDependency: true, allow, depConstraints });

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.data', '**/.nx', 'libs/web/graphql/src/generated/**', 'test-results/**', 'playwright-report/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries([])],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Apps are not importable, except by the tools and benchmarks that need the whole API (schema
    // emission, the app booted in process) or the journeys' Chromium and server helpers (page weight):
    // each through its one entry point (tsconfig.base.json), and only from here.
    files: ['bench/**/*.ts', 'tools/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(['@ensemble/apps/api', '@ensemble/e2e'])] },
  },
  {
    files: ['libs/api/**/*.ts', 'apps/api/**/*.ts'],
    plugins: { ensemble },
    rules: { 'ensemble/resolver-access-declared': 'error', 'ensemble/field-resolver-positional': 'error' },
  },
  {
    files: ['libs/web/**/*.tsx', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.recommended.rules },
  },
  prettier,
];
