const { availableParallelism } = require('node:os');

/**
 * Tests are transpiled by swc, file by file, without type-checking: `npm test`'s pretest type-checks the whole
 * project once (tsc, engine and app configs), so ts-jest's second type-check of every test file only cost minutes.
 * tsconfig.json sets isolatedModules, so tsc already refuses what a file-by-file transpiler could get wrong.
 */
const swc = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx },
      target: 'es2022',
      // As tsconfig.json's "jsx": "react-jsx".
      transform: tsx ? { react: { runtime: 'automatic' } } : undefined,
    },
    module: { type: 'commonjs' },
  },
];
const transform = { '^.+\\.ts$': swc(false), '^.+\\.tsx$': swc(true) };

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // jest's default leaves a core to its own process (one worker on two cores), which mostly waits: every core runs
  // tests (on this 2-core machine the unit tests took 226 s of CPU).
  maxWorkers: Math.max(2, availableParallelism() - 1),
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform,
  // Sized for a loaded 2-core machine: a React test that waits for the pane is slow there, never wrong.
  testTimeout: 30_000,
  setupFiles: ['<rootDir>/test/setup/fastCheck.ts', '<rootDir>/test/setup/testingLibrary.ts'],
  globalSetup: '<rootDir>/test/setup/packedCliSetup.ts',
  globalTeardown: '<rootDir>/test/setup/packedCliTeardown.ts',
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
};
