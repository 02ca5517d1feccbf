import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { securityHeaders } from './deploy/security-headers';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths let a clinic host the built files under any sub-path.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // The byte budgets (scripts/check-budgets.mjs) and the bench follow the chunk graph from here.
    manifest: true,
  },
  preview: {
    host: '127.0.0.1',
    // `npm start` serves the production build with the same headers a real host should send.
    headers: securityHeaders(),
  },
  test: {
    environment: 'jsdom',
    // Playwright specs live in tests/e2e and must not be collected by vitest.
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    globals: false,
  },
});
