import type { LoadEngine } from './usePlan';

/** The engine arrives in its own chunk after the pane has drawn itself, keeping the start bundle small. */
export const loadEngine: LoadEngine = () => import(/* webpackChunkName: "engine" */ '../engine/index');
