import { type Checked, type Finding, type Left, type LinkChoice, type Sheet, type Plan, type Edit } from '../engine/edge';

/** The part of the engine facade the CLI uses; tests inject their own. */
export type CliEngine = {
  check(sheets: ReadonlyArray<Sheet>): { plan: Plan; findings: Finding[]; checked: Checked };
  recompute(
    sheets: ReadonlyArray<Sheet>,
    options?: { formulas?: boolean; rebalanceWeights?: boolean; links?: ReadonlyArray<LinkChoice> },
  ): { plan: Plan; edits: Edit[]; left: Left[]; findings: Finding[]; checked: Checked };
};

/** Loaded only once a file has been read, so unusable input and bad arguments never wait on the engine. */
export const loadEngine = async (): Promise<CliEngine> => import('../engine/index');
