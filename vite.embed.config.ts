import { defineConfig } from 'vite';

// The host snippet, built on its own as one small classic script (dist/embed.js) that clinics
// load on their pages; it shares only the message protocol with the app.
export default defineConfig({
  build: {
    target: 'es2019',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    lib: {
      entry: 'src/embed/host/embed.ts',
      name: 'CalfAnklePrepEmbed',
      formats: ['iife'],
      fileName: () => 'embed.js',
    },
  },
});
