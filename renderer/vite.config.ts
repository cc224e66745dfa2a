import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app:// in Electron and from the loopback host in a browser: relative asset paths work in both.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  // The path aliases (@shared/..., @renderer/...) are declared once, in tsconfig.json.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: `${import.meta.dirname}/../out/renderer`,
    emptyOutDir: true,
    // No source maps: the built renderer is served to anyone at the PC, and maps would hand out the source.
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
