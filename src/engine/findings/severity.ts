/** How much a finding matters: an error breaks a relation, a warning asks for a look, info explains (rounding). */
export type Severity = 'error' | 'warning' | 'info';

/** The severities, worst first: the order findings are listed in (CLI, pane, report sheet) and the pane's filter. */
export const SEVERITIES: ReadonlyArray<Severity> = ['error', 'warning', 'info'];

/** A severity's place in SEVERITIES: lower is worse. */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);
