import type { Severity } from '../engine/edge';

/** The severities, worst first: the order the pane lists findings and its filter shows its toggles. */
export const SEVERITIES: ReadonlyArray<Severity> = ['error', 'warning', 'info'];

/** A severity's place in SEVERITIES: lower is worse. */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);
