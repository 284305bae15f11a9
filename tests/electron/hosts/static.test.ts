import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeType, resolveStatic } from '../../../electron/hosts/static';
import { useTempDirs } from '../../helpers/tmp';

const tmp = useTempDirs();

function root(): string {
  const dir = tmp.make();
  const web = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(web, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(web, 'index.html'), 'i');
  fs.writeFileSync(path.join(web, 'assets', 'app.js'), 'a');
  fs.writeFileSync(path.join(web, 'assets', 'é t.css'), 'c');
  fs.writeFileSync(path.join(web, '.env'), 's');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 's');
  fs.writeFileSync(path.join(dir, 'renderer-sibling.txt'), 's');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(web, 'assets', 'link.txt'));
  return web;
}

describe('resolveStatic', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/app.js', 'assets/app.js'],
    ['//assets/app.js', 'assets/app.js'],
    ['/assets/%C3%A9%20t.css', 'assets/é t.css'],
  ])('%s → %s', (url, file) => {
    const web = root();
    expect(resolveStatic(web, url)).toBe(path.join(web, file));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/../renderer-sibling.txt',
    '/.env',
    '/assets/.%2e/.%2e/secret.txt',
    '/assets\\..\\..\\secret.txt',
    '/assets/%5c..%5c..%5csecret.txt',
    '/index.html%00',
    '/%E0%A4%A',
    '/assets',
    '/missing.js',
    '/assets/link.txt/..',
  ])('refuses %s', (url) => {
    expect(resolveStatic(root(), url)).toBeNull();
  });

  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.bin', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('mimeType(%s) is %s', (file, type) => {
    expect(mimeType(file)).toBe(type);
  });
});
