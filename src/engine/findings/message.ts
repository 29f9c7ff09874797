export type Lang = 'ko' | 'en';

/** A message in both languages; rules declare their own, like ESLint rules do. */
export type Message = { readonly ko: string; readonly en: string };
