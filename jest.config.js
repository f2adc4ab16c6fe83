// Jest runs two projects: the API and shared code in Node (unit *.spec.ts and integration
// *.int-spec.ts against a real PostgreSQL, and the e2e helpers' unit tests), and the web libraries in jsdom.
const { pathsToModuleNameMapper } = require('./tools/jest/paths');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

/**
 * One Nx project's tests (its inferred `test` target, tools/nx/project-targets.js, sets
 * ENSEMBLE_TEST_PROJECT_ROOT): each jest project keeps the part of its roots inside that Nx project, and
 * jest projects with no roots there are left out. Unset (`npm test`, a bare `jest`), everything runs.
 */
function onlyWithin(projectRoot, projects) {
  if (!projectRoot) return projects;
  const root = projectRoot.replace(/\/+$/, '');
  const inside = (path, folder) => path === folder || path.startsWith(`${folder}/`);
  const kept = projects.flatMap((project) => {
    const roots = project.roots.flatMap((rootPath) => {
      const folder = rootPath.replace('<rootDir>/', '');
      if (inside(folder, root)) return [rootPath];
      if (inside(root, folder)) return [`<rootDir>/${root}`];
      return [];
    });
    return roots.length ? [{ ...project, roots }] : [];
  });
  if (!kept.length) throw new Error(`jest.config.js: no jest project looks for tests in ${root}; add the folder to a project's roots.`);
  return kept;
}

module.exports = {
  // Per-project testTimeout is ignored by jest; integration tests that migrate a database need more than 5 s.
  testTimeout: 60000,
  projects: onlyWithin(process.env.ENSEMBLE_TEST_PROJECT_ROOT, [
    {
      displayName: 'api',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/apps/api', '<rootDir>/libs/api', '<rootDir>/libs/shared', '<rootDir>/tools', '<rootDir>/bench', '<rootDir>/e2e/unit'],
      testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
      // .mjs: the workspace's ESLint rules (tools/lint-rules), which eslint.config.mjs imports as ES modules.
      transform: { '^.+\\.(m?js|[tj]sx?)$': swc },
      moduleNameMapper: pathsToModuleNameMapper(),
      globalSetup: '<rootDir>/libs/api/core/src/database/jest-global-setup.ts',
      globalTeardown: '<rootDir>/libs/api/core/src/database/jest-global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'web',
      testEnvironment: 'jsdom',
      rootDir: __dirname,
      roots: ['<rootDir>/apps/web', '<rootDir>/libs/web'],
      testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
      transform: { '^.+\\.[tj]sx?$': swc },
      moduleNameMapper: { '\\.(css)$': '<rootDir>/tools/jest/style-stub.js', ...pathsToModuleNameMapper() },
      setupFilesAfterEnv: ['<rootDir>/tools/jest/web-setup.ts'],
    },
  ]),
};
