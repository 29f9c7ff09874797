import type { Lang } from '../engine/edge';

/** Where a command writes: the process streams in main.ts, strings in tests. Text is written as given (newlines included). */
export type Io = { readonly stdout: (text: string) => void; readonly stderr: (text: string) => void };

export const LANGS: ReadonlyArray<Lang> = ['ko', 'en'];
