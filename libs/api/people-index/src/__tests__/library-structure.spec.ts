import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ts from 'typescript';
import * as publicApi from '..';

const SOURCE = resolve(__dirname, '..');

/** Per module of the library (tests aside), the library's modules it imports, type-only imports included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(SOURCE).filter((name) => name.endsWith('.ts'))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(SOURCE, file), 'utf8'), true, true);
    graph.set(
      file,
      importedFiles.map((imported) => imported.fileName).filter((name) => name.startsWith('./')).map((name) => `${name.slice(2)}.ts`),
    );
  }
  return graph;
}

/** Every import cycle found by a depth-first walk, each as the path that closes it. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const open = path.indexOf(file);
    if (open >= 0) {
      found.push([...path.slice(open), file]);
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const imported of graph.get(file) ?? []) visit(imported);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return found;
}

describe('the people index library', () => {
  it('exports at run time only its module, its service, the search on it and what building a search needs', () => {
    // Everything else (the index's structures, rankings, tables) is internal; types are listed in index.ts.
    expect(Object.keys(publicApi).sort()).toEqual([
      'IndexSearch',
      'PeopleIndexModule',
      'PeopleIndexService',
      'RANKED_SIZES',
      'RANKING',
      'ViewerPrivacy',
      'matchedFieldNames',
      'placeParts',
      'skillWords',
      'textWords',
    ]);
  });

  it('has no import cycle between its modules, type-only imports included', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(5);
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle where there is one (the check itself)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
