import type { UnusableCode } from './unusable';

/**
 * Why the lean reader stopped, thrown from deep inside a streamed part (an XML callback, an inflate callback) and
 * caught once in read.ts, which turns it into an Unusable value: nothing outside the reader ever sees it thrown.
 */
export class ReadProblem extends Error {
  constructor(readonly code: UnusableCode) {
    super(code);
  }
}

export const refuse = (code: UnusableCode): never => {
  throw new ReadProblem(code);
};
