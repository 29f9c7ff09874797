/** Who pays a share of a 세부사업 (지원조건), as plans write it. Longer names first, so 시군비 is not read as 군비. */
export const KNOWN_SOURCES: ReadonlyArray<string> = [
  '특별교부세',
  '민간부담',
  '교부세',
  '지방비',
  '자부담',
  '시도비',
  '시군비',
  '기금',
  '민자',
  '국비',
  '시비',
  '도비',
  '구비',
  '군비',
];

export type SupportShare = {
  /** 국비, 구비 …; a joint share keeps both names (`시비/도비`). */
  readonly source: string;
  /** Percent of the budget (50 for 50%). */
  readonly share: number;
  /** What the parentheses say, e.g. 구비 in `지방비(구비) 75%`. */
  readonly detail?: string;
};

const SOURCE = `(?:${KNOWN_SOURCES.join('|')})`;
/** `국비 50%`, `지방비(구비) 75%`, `시비/도비 25%`; the name may not be the tail of a longer word (광역시비). */
const shareOf = (percent: string) =>
  new RegExp(
    `(?<!\\p{Script=Hangul})(${SOURCE}(?:\\s*/\\s*${SOURCE})*)\\s*(?:\\(([^)]*)\\))?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*${percent}`,
    'gu',
  );
const SHARE = shareOf('%');
/** `보조율: 국비 70 / 시비 15 / 구비 15`: figures without %, read as shares only when they add up to 100. */
const BARE_SHARE = shareOf('(?![0-9.%])');
const HOLE = '\u0000';

/**
 * Reads 지원조건 free text (`국비 50%, 시비 25%, 구비 25%`, `국비 40% 구비 60%`, `국비 25%, 지방비(구비) 75%
 * 확보 조건`, and `국비 70 / 시비 15 / 구비 15` when such bare figures add up to 100) into shares. Words around the
 * shares are ignored; a piece that holds a figure but no known
 * source (`민간 30%`), or a text without any share (`협의 후 결정`), is kept in `unread` to be reported.
 */
export function parseSupportTerms(text: string): { shares: SupportShare[]; unread: string[] } {
  // NFKC reads ％, full-width digits and parentheses as their ASCII forms.
  const normal = text.normalize('NFKC');
  const read = readShares(normal, SHARE);
  if (read.shares.length > 0) return read;
  const bare = readShares(normal, BARE_SHARE);
  const total = bare.shares.reduce((sum, s) => sum + s.share, 0);
  return bare.shares.length > 0 && bare.unread.length === 0 && Math.abs(total - 100) < 1e-9 ? bare : read;
}

function readShares(normal: string, pattern: RegExp): { shares: SupportShare[]; unread: string[] } {
  const shares: SupportShare[] = [];
  const rest = normal.replace(pattern, (_all, source: string, detail: string | undefined, share: string) => {
    const entry = { source: source.replace(/\s+/g, ''), share: Number(share) };
    shares.push(detail?.trim() ? { ...entry, detail: detail.trim() } : entry);
    return HOLE;
  });
  const pieces = rest
    .split(new RegExp(`[${HOLE},;]`))
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const unread = shares.length === 0 ? (normal.trim() === '' ? [] : [normal.trim()]) : pieces.filter((p) => /[0-9%]/.test(p));
  return { shares, unread };
}
