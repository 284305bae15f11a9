// ARCHITECTURE.md §1: who may import what. Reads every import specifier of the source tree
// with TypeScript's own pre-processor and fails on a forbidden one.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');

type Layer = 'shared' | 'db' | 'services' | 'hosts' | 'main' | 'preload' | 'renderer';

interface Target {
  kind: 'layer' | 'package' | 'node' | 'outside';
  name: string;
}

function layerOf(rel: string): Layer | null {
  const [top, second] = rel.split(path.sep);
  if (top === 'shared' || top === 'db' || top === 'renderer') return top;
  if (top === 'electron' && (second === 'services' || second === 'hosts' || second === 'main' || second === 'preload')) return second;
  return null;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

function targetOf(file: string, spec: string): Target {
  if (spec.startsWith('node:')) return { kind: 'node', name: spec.slice(5) };
  if (spec.startsWith('.')) {
    const rel = path.relative(ROOT, path.resolve(path.dirname(file), spec));
    const layer = layerOf(rel);
    return layer ? { kind: 'layer', name: layer } : { kind: 'outside', name: rel };
  }
  const parts = spec.split('/');
  const pkg = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return { kind: 'package', name: pkg };
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'crypto', 'http', 'child_process', 'url', 'util']);
const PURE_PACKAGES = new Set(['zod', 'yaml']);
/** Pure libraries the text pipeline may use (no node:* of their own in our code's view). */
const PIPELINE_PACKAGES = new Set(['hyphen', 'chardet', 'iconv-lite', 'htmlparser2', 'domhandler', 'entities', 'mammoth', 'postal-mime', 'libphonenumber-js']);
const REACT_PACKAGES = (name: string) => name === 'react' || name === 'react-dom' || name === 'lexical' || name.startsWith('@lexical/') || name === '@tanstack/react-virtual';

/** Why an import is forbidden for a file of `layer`, or null when it is allowed. */
function violation(layer: Layer, t: Target, file: string): string | null {
  const isIpc = file.endsWith(path.join('electron', 'hosts', 'ipc.ts'));
  if (t.kind === 'outside') return `imports outside the source folders (${t.name})`;
  if (NODE_BUILTINS.has(t.name) && t.kind === 'package') return `imports node built-in "${t.name}" without the node: prefix`;
  switch (layer) {
    case 'shared':
      if (t.kind === 'layer' && t.name !== 'shared') return `shared/ imports ${t.name}/`;
      if (t.kind === 'node') return 'shared/ imports node:*';
      if (t.kind === 'package' && !PURE_PACKAGES.has(t.name) && !PIPELINE_PACKAGES.has(t.name)) return `shared/ imports package ${t.name}`;
      return null;
    case 'db':
      if (t.kind === 'layer' && t.name !== 'shared' && t.name !== 'db') return `db/ imports ${t.name}/`;
      if (t.kind === 'node' && !['fs', 'path', 'crypto'].includes(t.name)) return `db/ imports node:${t.name}`;
      if (t.kind === 'package' && !['better-sqlite3', 'zod'].includes(t.name)) return `db/ imports package ${t.name}`;
      return null;
    case 'services':
    case 'hosts':
      if (t.kind === 'layer' && !['shared', 'db', 'services', 'hosts'].includes(t.name)) return `electron/${layer} imports ${t.name}/`;
      if (t.kind === 'package' && t.name === 'electron' && !isIpc) return `electron/${layer} imports electron`;
      if (t.kind === 'package' && REACT_PACKAGES(t.name)) return `electron/${layer} imports ${t.name}`;
      return null;
    case 'main':
    case 'preload':
      if (t.kind === 'layer' && t.name === 'renderer') return `electron/${layer} imports renderer/`;
      if (t.kind === 'package' && REACT_PACKAGES(t.name)) return `electron/${layer} imports ${t.name}`;
      return null;
    case 'renderer':
      if (t.kind === 'layer' && t.name !== 'shared' && t.name !== 'renderer') return `renderer/ imports ${t.name}/`;
      if (t.kind === 'node') return `renderer/ imports node:${t.name}`;
      if (t.kind === 'package' && !REACT_PACKAGES(t.name) && !PURE_PACKAGES.has(t.name)) return `renderer/ imports package ${t.name}`;
      return null;
  }
}

function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const FILES = ['shared', 'db', 'electron', 'renderer']
  .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
  .map((file) => ({ file, layer: layerOf(path.relative(ROOT, file)) }))
  .filter((f): f is { file: string; layer: Layer } => f.layer !== null);

describe('architecture import rules', () => {
  it('finds the source files of every layer', () => {
    const layers = new Set(FILES.map((f) => f.layer));
    for (const l of ['shared', 'db', 'services', 'hosts', 'renderer'] as const) expect(layers.has(l)).toBe(true);
  });

  it('every import is allowed for its layer', () => {
    const problems = FILES.flatMap(({ file, layer }) =>
      importsOf(file)
        .map((spec) => violation(layer, targetOf(file, spec), file))
        .filter((v): v is string => v !== null)
        .map((v) => `${path.relative(ROOT, file)}: ${v}`),
    );
    expect(problems).toEqual([]);
  });

  it.each([
    ['shared', 'shared/x.ts', 'node:fs'],
    ['shared', 'shared/x.ts', 'react'],
    ['shared', 'shared/x.ts', '../db/open'],
    ['db', 'db/x.ts', 'electron'],
    ['db', 'db/x.ts', '../renderer/main'],
    ['services', 'electron/services/x.ts', 'electron'],
    ['hosts', 'electron/hosts/http.ts', 'electron'],
    ['main', 'electron/main/x.ts', '../../renderer/app/App'],
    ['renderer', 'renderer/x.ts', 'node:path'],
    ['renderer', 'renderer/x.ts', '../db/open'],
    ['renderer', 'renderer/x.ts', 'electron'],
  ] as const)('refuses %s importing %s → %s', (layer, rel, spec) => {
    const file = path.join(ROOT, rel);
    expect(violation(layer, targetOf(file, spec), file)).not.toBeNull();
  });

  it.each([
    ['hosts', 'electron/hosts/ipc.ts', 'electron'],
    ['main', 'electron/main/x.ts', 'electron'],
    ['renderer', 'renderer/x.ts', '../shared/api'],
    ['db', 'db/x.ts', 'better-sqlite3'],
  ] as const)('allows %s importing %s → %s', (layer, rel, spec) => {
    const file = path.join(ROOT, rel);
    expect(violation(layer, targetOf(file, spec), file)).toBeNull();
  });
});
