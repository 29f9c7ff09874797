import type { LoadReports } from './useInsertTable';

/** The report builders come in the engine's chunk (the same one the checks use), after the pane has drawn itself. */
export const loadReports: LoadReports = () => import(/* webpackChunkName: "engine" */ '../engine/index');
