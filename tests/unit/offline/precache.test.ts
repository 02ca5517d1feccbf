import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { precacheList, serviceWorkerSource } from '../../../scripts/service-worker/precache.mjs';

const template = readFileSync('scripts/service-worker/worker-template.js', 'utf8');

const BUILD = [
  { path: 'index.html', content: '<html>A</html>' },
  { path: 'about.html', content: 'about' },
  { path: 'about-es.html', content: 'acerca' },
  { path: 'review.html', content: 'review' },
  { path: 'review.css', content: 'css' },
  { path: 'manifest.webmanifest', content: '{}' },
  { path: 'icons/icon-192.png', content: new Uint8Array([1, 2, 3]) },
  { path: 'assets/index-abc.js', content: 'entry' },
  { path: 'assets/index-abc.js.map', content: 'map' },
  { path: 'assets/index-def.css', content: 'style' },
  { path: 'assets/catalog-es-123.js', content: 'es' },
  { path: 'embed.js', content: 'host page script' },
  { path: 'fhir/questionnaire.json', content: '{}' },
  { path: '.vite/manifest.json', content: '{}' },
  { path: '_headers', content: '' },
  { path: 'robots.txt', content: '' },
  { path: 'sw.js', content: 'old worker' },
];

describe('the precache list', () => {
  it('holds the pages, the manifest, the icons and every chunk and stylesheet, and nothing else', () => {
    expect(precacheList(BUILD).map(([path]) => path)).toEqual([
      'about-es.html',
      'about.html',
      'assets/catalog-es-123.js',
      'assets/index-abc.js',
      'assets/index-def.css',
      'icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
      'review.css',
      'review.html',
    ]);
  });

  it('gives each file a revision that changes with its content only', () => {
    const before = new Map(precacheList(BUILD));
    const changed = BUILD.map((file) => (file.path === 'index.html' ? { ...file, content: '<html>B</html>' } : file));
    const after = new Map(precacheList(changed));
    for (const [path, revision] of before) {
      if (path === 'index.html') expect(after.get(path)).not.toBe(revision);
      else expect(after.get(path)).toBe(revision);
    }
  });

  it('refuses a build without index.html', () => {
    expect(() => precacheList(BUILD.filter((file) => file.path !== 'index.html'))).toThrow(/index\.html/);
  });
});

describe('the worker written from it', () => {
  it('carries the list, and a version that changes when any file does', () => {
    const list = precacheList(BUILD);
    const source = serviceWorkerSource(template, list);
    expect(source).toContain(JSON.stringify(list));
    const other = serviceWorkerSource(
      template,
      precacheList(BUILD.map((file) => (file.path === 'assets/index-abc.js' ? { ...file, content: 'entry B' } : file))),
    );
    const version = (text: string) => /const VERSION = "([0-9a-f]+)"/.exec(text)?.[1];
    expect(version(source)).toMatch(/^[0-9a-f]{16}$/);
    expect(version(other)).not.toBe(version(source));
  });

  it('never skips waiting on install: a new version waits for the page to let it in', () => {
    const install = template.slice(
      template.indexOf("addEventListener('install'"),
      template.indexOf("addEventListener('activate'"),
    );
    expect(install).not.toMatch(/skipWaiting\s*\(/);
  });

  it('fails loudly if the template loses a marker', () => {
    expect(() => serviceWorkerSource(template.replace('/* precache */ []', '[]'), precacheList(BUILD))).toThrow(
      /marker/,
    );
  });
});
