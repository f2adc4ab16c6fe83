/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Alias, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressDirectory } from '../../libs/api/core/src/http/precompress';

const appRoot = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = resolve(appRoot, '../..');
const API = 'http://localhost:3000';

/**
 * The `@ensemble/*` aliases of tsconfig.base.json that the web app may use (web and shared libs;
 * never api). Mapped explicitly (exact match) so that the bundle resolves imports as tsc does.
 */
function workspaceAliases(): Alias[] {
  const tsconfig = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.entries(tsconfig.compilerOptions.paths)
    .filter(([alias]) => alias.startsWith('@ensemble/web/') || alias.startsWith('@ensemble/shared/'))
    .map(([alias, targets]) => ({
      find: new RegExp(`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
      replacement: resolve(workspaceRoot, targets[0] ?? ''),
    }));
}

/** After the bundle is written, a Brotli and a gzip copy of each compressible file for the API to serve (ADR 0026). */
function precompress(outDir: string): Plugin {
  return {
    name: 'ensemble-precompress',
    apply: 'build',
    async closeBundle() {
      const report = await precompressDirectory(outDir);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      this.info(
        `precompressed ${report.files} files: ${kb(report.bytes)} -> brotli ${kb(report.brotliBytes)}, gzip ${kb(report.gzipBytes)}`,
      );
    },
  };
}

const outDir = resolve(workspaceRoot, 'dist/web');

export default defineConfig({
  root: appRoot,
  envDir: appRoot,
  plugins: [react(), precompress(outDir)],
  resolve: { alias: workspaceAliases() },
  server: {
    port: 4200,
    strictPort: true,
    host: 'localhost',
    // The API (port 3000) owns these paths; the session cookie stays same-origin through the proxy.
    proxy: {
      '/graphql': { target: API, changeOrigin: false },
      '/api': { target: API, changeOrigin: false },
      '/auth': { target: API, changeOrigin: false },
      '/health': { target: API, changeOrigin: false },
      '/demo-idp': { target: API, changeOrigin: false },
    },
  },
  preview: { port: 4300, strictPort: true, host: 'localhost' },
  build: {
    outDir,
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 300,
    rolldownOptions: {
      output: {
        // React changes least often: its own long-cached chunk. Everything else is split by route.
        codeSplitting: {
          groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
});
