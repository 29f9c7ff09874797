import fc from 'fast-check';

/**
 * Property tests draw from one fixed seed in `npm test`, so a failure found once comes back on every run (fast-check
 * prints the seed and the path of a failure). `npm run fuzz` sets PERFPLAN_FUZZ=1: a fresh seed each run, printed
 * here, with 1,000 runs where a test sets no count of its own; a failure it finds is replayed with FC_SEED=<seed>.
 */
const FIXED_SEED = 20261203;
const fuzz = process.env.PERFPLAN_FUZZ === '1';
const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : fuzz ? Date.now() % 2 ** 31 : FIXED_SEED;
if (fuzz) process.stderr.write(`fast-check seed ${seed}\n`);
fc.configureGlobal({ seed, ...(fuzz ? { numRuns: 1000 } : {}) });
