import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(__dirname, '..', '..', 'src');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** The project files a file imports, type-only imports included (import-x/no-cycle leaves those out). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name))
    .flatMap((base) => [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].filter(existsSync).slice(0, 1));
}

/** One cycle through the graph, as a list of files, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('imports in src/', () => {
  const graph = new Map(sourceFiles(SRC).map((f) => [f, importsOf(f)]));

  it('form no cycle between files, type-only imports included', () => {
    expect(findCycle(graph)?.map((f) => relative(SRC, f))).toBeUndefined();
  });

  it('form no cycle between the engine’s stage folders', () => {
    const stage = (f: string) => relative(join(SRC, 'engine'), f).split('/')[0];
    const folders = new Map<string, string[]>();
    for (const [file, imports] of graph) {
      if (!file.startsWith(join(SRC, 'engine') + '/') || !relative(join(SRC, 'engine'), file).includes('/')) continue;
      const from = stage(file);
      const to = imports.filter((f) => f.startsWith(join(SRC, 'engine') + '/') && relative(join(SRC, 'engine'), f).includes('/'));
      folders.set(from, [...(folders.get(from) ?? []), ...to.map(stage).filter((s) => s !== from)]);
    }
    expect(findCycle(folders)).toBeUndefined();
  });
});
