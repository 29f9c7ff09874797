const { transform } = require('./jest.config.js');

/**
 * End-to-end tests: the built task pane in Debian's Chromium (playwright-core), standalone and with the fake Office.
 * One build for all files (globalSetup), one file at a time: the machines running them have two cores.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  // swc, as the unit tests: pretest has type-checked everything.
  transform,
  globalSetup: '<rootDir>/test/e2e/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/e2e/support/globalTeardown.ts',
  maxWorkers: 1,
  testTimeout: 90_000,
};
