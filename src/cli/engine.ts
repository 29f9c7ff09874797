import { type Finding, type Sheet, type Plan, type Edit } from '../engine/edge';

/** The part of the engine facade the CLI uses; tests inject their own. */
export type CliEngine = {
  check(sheets: ReadonlyArray<Sheet>): { plan: Plan; findings: Finding[] };
  recompute(
    sheets: ReadonlyArray<Sheet>,
    options?: { formulas?: boolean; rebalanceWeights?: boolean },
  ): { plan: Plan; edits: Edit[]; findings: Finding[] };
};

/** Loaded only once a file has been read, so unusable input and bad arguments never wait on the engine. */
export const loadEngine = async (): Promise<CliEngine> => import('../engine/index');
