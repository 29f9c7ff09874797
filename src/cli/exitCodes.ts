/** The CLI's exit codes (ESLint's convention): what a script or CI step branches on. */
export const EXIT = {
  /** No error finding (warnings and rounding differences allowed). */
  clean: 0,
  /** At least one error finding. */
  errors: 1,
  /** Unusable input or bad arguments (commander's own 1 is remapped here). */
  unusable: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
