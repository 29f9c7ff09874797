/**
 * A minimal XML tokenizer for string surgery on OOXML parts: it reads one start tag at a time (quotes respected)
 * and writes one back, so an edit rewrites only the elements it touches and every other byte stays as it was.
 * Every search steps over comments, CDATA sections, processing instructions and a DOCTYPE: text there may look like
 * markup (`<!-- <row r="25"> -->`) but is no element, and patching it would write where no reader looks.
 */

/** One attribute as written: the raw (still escaped) value and its quote character. */
export type Attr = { readonly name: string; readonly value: string; readonly quote: '"' | "'" };

/** A start (or empty-element) tag found at [start, end). */
export type Tag = {
  readonly name: string;
  readonly attrs: ReadonlyArray<Attr>;
  readonly start: number;
  readonly end: number;
  readonly selfClosing: boolean;
};

const NAME = /[^\s=/>]+/y;
const ATTR = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const CLOSE = /\s*(\/?)>/y;

/** The start tag beginning at `at` (which holds '<'); undefined when the text there is not a well-formed start tag. */
export function readTag(xml: string, at: number): Tag | undefined {
  NAME.lastIndex = at + 1;
  const name = NAME.exec(xml)?.[0];
  if (!name) return undefined;
  const attrs: Attr[] = [];
  let pos = NAME.lastIndex;
  for (;;) {
    CLOSE.lastIndex = pos;
    const close = CLOSE.exec(xml);
    if (close) return { name, attrs, start: at, end: CLOSE.lastIndex, selfClosing: close[1] === '/' };
    ATTR.lastIndex = pos;
    const attr = ATTR.exec(xml);
    if (!attr) return undefined;
    const double = attr[2] !== undefined;
    attrs.push({ name: attr[1], value: double ? attr[2] : attr[3], quote: double ? '"' : "'" });
    pos = ATTR.lastIndex;
  }
}

/** Where markup holding no elements, starting at `at` with `token`, ends; undefined when `token` is what was sought. */
function opaqueEnd(xml: string, at: number, token: string): number | undefined {
  const past = (close: string, from: number): number => {
    const end = xml.indexOf(close, from);
    return end < 0 ? xml.length : end + close.length;
  };
  if (token === '<!--') return past('-->', at + 4);
  if (token === '<![CDATA[') return past(']]>', at + 9);
  if (token === '<?') return past('?>', at + 2);
  if (token !== '<!') return undefined;
  // A DOCTYPE, whose internal subset (between [ and ]) may itself hold '>' and text that looks like tags.
  const gt = xml.indexOf('>', at);
  const bracket = xml.indexOf('[', at);
  if (bracket < 0 || (gt >= 0 && gt < bracket)) return gt < 0 ? xml.length : gt + 1;
  const close = /\]\s*>/g;
  close.lastIndex = bracket;
  return close.exec(xml) ? close.lastIndex : xml.length;
}

const patterns = new Map<string, RegExp>();
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first match of the pattern `target` in [from, to) that stands in markup, not inside a comment, CDATA, PI or DOCTYPE. */
function scan(xml: string, target: string, from: number, to: number): RegExpExecArray | undefined {
  let re = patterns.get(target);
  if (!re) patterns.set(target, (re = new RegExp(`<!--|<!\\[CDATA\\[|<\\?|<!|${target}`, 'g')));
  re.lastIndex = from;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    const end = opaqueEnd(xml, m.index, m[0]);
    if (end === undefined) return m;
    re.lastIndex = end;
  }
  return undefined;
}

/** The next start tag named exactly `name` (prefix included) in [from, to). */
export function findTag(xml: string, name: string, from: number, to = xml.length): Tag | undefined {
  const found = scan(xml, `<${escapeRegExp(name)}(?=[\\s/>]|$)`, from, to);
  return found && readTag(xml, found.index);
}

/** Where the element opened by `tag` ends: just past its end tag (elements of one name never nest in the parts we edit). */
export function elementEnd(xml: string, tag: Tag): number {
  if (tag.selfClosing) return tag.end;
  const close = scan(xml, escapeRegExp(`</${tag.name}>`), tag.end, xml.length);
  return close ? close.index + close[0].length : -1;
}

/** The content between a non-empty element's start and end tags. */
export const innerOf = (xml: string, tag: Tag, end: number): string =>
  tag.selfClosing ? '' : xml.slice(tag.end, end - tag.name.length - 3);

export const attr = (tag: Pick<Tag, 'attrs'>, name: string): string | undefined => tag.attrs.find((a) => a.name === name)?.value;

/** The attributes with `name` set to `value` (in place when present, appended otherwise) or removed when `value` is undefined. */
export function withAttr(attrs: ReadonlyArray<Attr>, name: string, value: string | undefined): Attr[] {
  if (value === undefined) return attrs.filter((a) => a.name !== name);
  const set: Attr = { name, value, quote: '"' };
  return attrs.some((a) => a.name === name) ? attrs.map((a) => (a.name === name ? set : a)) : [...attrs, set];
}

export const writeStartTag = (name: string, attrs: ReadonlyArray<Attr>, selfClosing = false): string =>
  `<${name}${attrs.map((a) => ` ${a.name}=${a.quote}${a.value}${a.quote}`).join('')}${selfClosing ? '/>' : '>'}`;

/** The namespace prefix of the root element (`x:` for `<x:worksheet>`), so child names can be spelled the same way. */
export function rootPrefix(xml: string, localName: string): string | undefined {
  const m = scan(xml, `<(?:([A-Za-z_][\\w.-]*):)?${escapeRegExp(localName)}[\\s>/]`, 0, xml.length);
  return m ? (m[1] ? `${m[1]}:` : '') : undefined;
}
