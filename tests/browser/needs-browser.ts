import { beforeAll, inject } from 'vitest';

// Every browser test file runs this first: without a browser, its tests fail with where the finder looked and how to
// install one, rather than with a connection error.
beforeAll(() => {
  const missing = inject('browserMissing');
  if (missing) throw new Error(missing);
});
