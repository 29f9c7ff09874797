/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  // Sized for a loaded 2-core machine: a React test that waits for the pane is slow there, never wrong.
  testTimeout: 30_000,
  setupFiles: ['<rootDir>/test/setup/fastCheck.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
};
