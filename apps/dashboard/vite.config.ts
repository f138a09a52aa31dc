import path from 'node:path';
import { defineConfig } from 'vite';

// The dashboard uses @linli/client's TypeScript sources directly (the package's dist is CommonJS for Node).
export default defineConfig({
  base: './',
  resolve: { alias: { '@linli/client': path.resolve(__dirname, '../../shared/client/src/index.ts') } },
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200, reportCompressedSize: false },
});
