import type { Lang } from '../../engine/edge';
import { en } from './en';
import { ko, type Strings } from './ko';

export type { Strings } from './ko';

/** Korean unless Office speaks English (`en-US`, `en-GB` …): the users are Korean civil servants. */
export const langFor = (displayLanguage: string | undefined): Lang => (/^en\b/i.test(displayLanguage ?? '') ? 'en' : 'ko');

export const stringsFor = (lang: Lang): Strings => (lang === 'en' ? en : ko);
