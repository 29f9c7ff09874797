import type { configure } from '@testing-library/dom';

/**
 * Testing Library's findBy… and waitFor give up after 1 s by default: a pane that renders in 1.02 s on a loaded
 * 2-core machine failed a test that is right. They wait until what they look for is there, so a long limit costs
 * nothing when it comes; only jest's own timeout (jest.config.js) bounds a test that hangs. Node-environment tests
 * never load Testing Library.
 */
if (typeof document !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only where there is a DOM to test
  (require('@testing-library/dom') as { configure: typeof configure }).configure({ asyncUtilTimeout: 20_000 });
}
