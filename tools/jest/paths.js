// Maps the tsconfig.base.json path aliases (@ensemble/...) to jest's moduleNameMapper.
const path = require('node:path');
const fs = require('node:fs');

function pathsToModuleNameMapper() {
  const root = path.resolve(__dirname, '../..');
  const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
  const mapper = {};
  for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
    const escaped = alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    mapper[`^${escaped}$`] = path.join('<rootDir>', target);
  }
  return mapper;
}

module.exports = { pathsToModuleNameMapper };
