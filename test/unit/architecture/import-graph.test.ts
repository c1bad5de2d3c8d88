import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers of the code, read from its own imports (docs/ARCHITECTURE.md draws them):
//   src/core            pure domain logic, imports nothing outside itself;
//   src/renderer/data   all storage (Dexie, the encryption, repositories, savers), below every feature;
//   src/renderer/<feature>  screens by feature, reaching storage only through data/;
// and no import cycles anywhere in src/, type-only imports included.

const root = resolve(import.meta.dirname, '../../..');
const src = join(root, 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Import {
  target: string;
  typeOnly: boolean;
}

const extensions = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const extension of extensions) if (existsSync(base + extension) && statSync(base + extension).isFile()) return base + extension;
  return null;
}

/** The project files a file imports (static, dynamic, re-exports and workers), and whether only for types. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const patterns = [
    /^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm,
    /^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm,
    /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
    /new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  ];
  for (const [index, pattern] of patterns.entries()) {
    for (const match of text.matchAll(pattern)) {
      const specifier = index === 0 ? match[3]! : match[1]!;
      const target = resolveImport(file, specifier);
      if (target && target.startsWith(src)) found.push({ target, typeOnly: index === 0 && match[2] !== undefined });
    }
  }
  return found;
}

const files = sourceFiles(src);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(root, file);

/** Strongly connected components of more than one file (or a file importing itself): the cycles. */
function cycles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const { target } of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(name(member));
      } while (member !== file);
      const selfLoop = (graph.get(file) ?? []).some((item) => item.target === file);
      if (component.length > 1 || selfLoop) found.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

const renderer = join(src, 'renderer');
const data = join(renderer, 'data');
const inside = (file: string, folder: string) => file.startsWith(`${folder}/`);

describe('the import graph of src/', () => {
  it('has no cycles, type-only imports included', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(cycles()).toEqual([]);
  });

  it('keeps src/core pure: it imports nothing of the app', () => {
    const outward = files
      .filter((file) => inside(file, join(src, 'core')))
      .flatMap((file) =>
        (graph.get(file) ?? []).filter(({ target }) => !inside(target, join(src, 'core'))).map(({ target }) => `${name(file)} → ${name(target)}`),
      );
    expect(outward).toEqual([]);
  });

  it('keeps storage in src/renderer/data, below every feature: data imports no feature, and no feature reaches the database but through data', () => {
    // Beside core and platform: the app's version (a constant) and the typed IPC contract.
    const allowedBelowData = [join(src, 'core'), data, join(renderer, 'platform')];
    const allowedFiles = [join(renderer, 'app-version.ts'), join(src, 'preload', 'ipc-contract.ts')];
    const upward = files
      .filter((file) => inside(file, data))
      .flatMap((file) =>
        (graph.get(file) ?? [])
          .filter(({ target }) => !allowedBelowData.some((folder) => inside(target, folder)) && !allowedFiles.includes(target))
          .map(({ target }) => `${name(file)} → ${name(target)}`),
      );
    expect(upward).toEqual([]);
    const intoDatabase = files
      .filter((file) => inside(file, renderer) && !inside(file, data))
      .flatMap((file) =>
        (graph.get(file) ?? [])
          .filter(({ target, typeOnly }) => inside(target, join(data, 'db')) && !typeOnly)
          .map(({ target }) => `${name(file)} → ${name(target)}`),
      );
    expect(intoDatabase).toEqual([]);
  });

  it('reads its own imports: a cycle made on purpose is found', () => {
    const [first, second] = files.filter((file) => inside(file, join(src, 'core', 'dates')));
    const saved = graph.get(first!)!;
    graph.set(first!, [...saved, { target: second!, typeOnly: true }]);
    const saved2 = graph.get(second!)!;
    graph.set(second!, [...saved2, { target: first!, typeOnly: true }]);
    try {
      expect(cycles()).toContainEqual([name(first!), name(second!)].sort());
    } finally {
      graph.set(first!, saved);
      graph.set(second!, saved2);
    }
  });
});
