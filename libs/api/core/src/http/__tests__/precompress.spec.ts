import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressDirectory } from '../precompress';

describe('precompressDirectory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ensemble-precompress-'));
    mkdirSync(join(dir, 'assets'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const text = (n: number) => Array.from({ length: n }, (_, i) => `const value${i} = "${i}";`).join('\n');

  it('writes a Brotli and a gzip copy of each compressible file that decode to the original', async () => {
    writeFileSync(join(dir, 'index.html'), `<html>${text(40)}</html>`);
    writeFileSync(join(dir, 'assets', 'app-12345678.js'), text(500));
    writeFileSync(join(dir, 'assets', 'app-12345678.css'), `.a{color:red}\n`.repeat(100));
    const report = await precompressDirectory(dir);
    expect(report.files).toBe(3);
    for (const file of ['index.html', 'assets/app-12345678.js', 'assets/app-12345678.css']) {
      const original = readFileSync(join(dir, file));
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original)).toBe(true);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original)).toBe(true);
    }
    expect(report.brotliBytes).toBeLessThan(report.gzipBytes);
    expect(report.gzipBytes).toBeLessThan(report.bytes / 3);
  });

  it('leaves alone formats compressed already, files too small to gain, and incompressible bytes', async () => {
    writeFileSync(join(dir, 'assets', 'font-12345678.woff2'), Buffer.alloc(4096, 1));
    writeFileSync(join(dir, 'assets', 'tiny-12345678.js'), 'export {};');
    writeFileSync(join(dir, 'assets', 'random-12345678.js'), randomBytes(4096));
    const report = await precompressDirectory(dir);
    expect(report.files).toBe(0);
    expect(readdirSync(join(dir, 'assets')).sort()).toEqual([
      'font-12345678.woff2',
      'random-12345678.js',
      'tiny-12345678.js',
    ]);
  });

  it('replaces the copies of an earlier build and removes those whose original is gone', async () => {
    writeFileSync(join(dir, 'index.html'), `<html>${text(40)}</html>`);
    writeFileSync(join(dir, 'assets', 'old-12345678.js.br'), 'stale');
    writeFileSync(join(dir, 'index.html.gz'), 'stale');
    await precompressDirectory(dir);
    expect(readdirSync(join(dir, 'assets'))).toEqual([]);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toContain('value39');
  });
});
