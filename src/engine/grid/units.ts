/** A money or count unit from a caption: 백만원 is 1e6 원. Counts (명, 개, 건) and % have factor 1. */
export type Unit = { readonly name: string; readonly factor: number };
import { normalizeText } from './text';

/** How many 원 a unit is; counts and % are 1. */
export const UNIT_FACTORS: Readonly<Record<string, number>> = {
  원: 1,
  천원: 1e3,
  백만원: 1e6,
  억원: 1e8,
  명: 1,
  개: 1,
  건: 1,
  '%': 1,
};

const MONEY = new Set(['원', '천원', '백만원', '억원']);

// Brackets authors put around a caption: (단위: 천원), [단위: 천원], <단위 : 천원>, 〔단위: 천원〕, 【단위: 천원】;
// full-width ones are folded to ASCII by normalizeText. A leading ※ is a note mark.
const OPEN = '[(\\[<〈《〔【]';
const CLOSE = '[)\\]>〉》〕】]';
const WITH_COLON = new RegExp(`^(?:※\\s*)?${OPEN}?\\s*단\\s*위\\s*:\\s*(.*?)\\s*${CLOSE}?$`);
const WITHOUT_COLON = new RegExp(`^${OPEN}\\s*단\\s*위\\s+(.*?)\\s*${CLOSE}$`);

/** `(단위:개, 백만원)`, `(단위 : 명)`, `（단위：천원）`, `[단위: 천 원]` → the units named; undefined when it is no unit caption. */
export function parseUnitCaption(text: string): Unit[] | undefined {
  const t = normalizeText(text);
  // `단위: …` or `(단위 …)`: a bare word like 단위사업 is no caption.
  const m = WITH_COLON.exec(t) ?? WITHOUT_COLON.exec(t);
  if (!m) return undefined;
  return m[1]
    .split(/[,/·、]/)
    .map((t) => t.replace(/ /g, ''))
    .filter((t) => t in UNIT_FACTORS)
    .map((name) => ({ name, factor: UNIT_FACTORS[name] }));
}

export const moneyUnit = (units: ReadonlyArray<Unit>): Unit | undefined => units.find((u) => MONEY.has(u.name));
