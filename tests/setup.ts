import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// With globals off, testing-library cannot register its own cleanup hook.
afterEach(() => {
  cleanup();
});
