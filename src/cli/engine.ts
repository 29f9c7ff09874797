import {
  type Checked,
  type DepartmentFacts,
  type Finding,
  type Left,
  type LinkChoice,
  type Sheet,
  type Plan,
  type Edit,
} from '../engine/edge';

/** The part of the engine facade the CLI uses; tests inject their own. */
export type CliEngine = {
  /** `departments`: those of other files checked together with this one, for its 성과계획 총괄표. */
  check(
    sheets: ReadonlyArray<Sheet>,
    options?: { departments?: ReadonlyArray<DepartmentFacts> },
  ): { plan: Plan; findings: Finding[]; checked: Checked };
  /** What a 총괄표 in another file is compared with (absent from engines that tests inject). */
  departmentFacts?(plan: Plan): DepartmentFacts[];
  recompute(
    sheets: ReadonlyArray<Sheet>,
    options?: { formulas?: boolean; rebalanceWeights?: boolean; links?: ReadonlyArray<LinkChoice> },
  ): { plan: Plan; edits: Edit[]; left: Left[]; findings: Finding[]; checked: Checked };
};

/** Loaded only once a file has been read, so unusable input and bad arguments never wait on the engine. */
export const loadEngine = async (): Promise<CliEngine> => import('../engine/index');
