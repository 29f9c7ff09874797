/** How much a finding matters: an error breaks a relation, a warning asks for a look, info explains (rounding). */
export type Severity = 'error' | 'warning' | 'info';
