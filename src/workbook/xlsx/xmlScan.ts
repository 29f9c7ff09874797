/** Streaming XML callbacks over local names (`x:c` → `c`): what each part reader implements. */
export type XmlHandler = {
  open(name: string, attrs: Readonly<Record<string, string>>): void;
  /** Character data, CDATA included (Excel never writes CDATA, but other writers do, and it is text like any other). */
  text(text: string): void;
  close(name: string): void;
};

/**
 * A fast tokenizer for the plain XML a worksheet part almost always is: elements, attributes in quotes, text, the
 * XML declaration. Anything else (a comment, CDATA, a DOCTYPE, a processing instruction, an entity or character
 * reference, a carriage return, a tag it cannot read) makes it give up, and the part is read again by saxes, which
 * reads all of XML; so is a document that is not well formed, which saxes then names. It exists for speed only:
 * saxes spent most of the time of reading a 2-million-cell sheet on the tags and attributes of its cells.
 *
 * Text arrives in chunks, cut anywhere: a tag cut by a chunk's end waits for the next chunk; text is passed on as it
 * comes (handlers concatenate text, as they do for saxes).
 */

/** Thrown from a chunk's callback to stop inflating at once; caught by the caller, which reads the part with saxes. */
export class GiveUp extends Error {}

const giveUp = (): never => {
  throw new GiveUp('not plain XML');
};

const NAME = /^[A-Za-z_][\w.:-]*$/;
const LT = 60; // <
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
/** XML's whitespace: space, tab, line feed, carriage return (never NBSP and the like, which saxes refuses in tags). */
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Text between tags: passed on unless it holds what only a full parser reads. */
function checkText(text: string): void {
  if (text.includes('&') || text.includes('\r') || text.includes(']]>')) giveUp();
}

/** `name="value" name2='value'` → attributes; undefined when anything else is there. */
function attributes(source: string, from: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = from;
  const n = source.length;
  for (;;) {
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    if (i >= n) return attrs;
    const eq = source.indexOf('=', i);
    if (eq < 0) return giveUp();
    let nameEnd = eq;
    while (nameEnd > i && isSpace(source.charCodeAt(nameEnd - 1))) nameEnd--;
    const name = source.slice(i, nameEnd);
    if (!NAME.test(name) || Object.prototype.hasOwnProperty.call(attrs, name)) return giveUp();
    i = eq + 1;
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    const quote = source[i];
    if (quote !== '"' && quote !== "'") return giveUp();
    const end = source.indexOf(quote, i + 1);
    if (end < 0) return giveUp();
    const value = source.slice(i + 1, end);
    // Entities, and the whitespace a parser normalises to spaces, are left to saxes.
    if (/[&<\t\n\r]/.test(value)) return giveUp();
    attrs[name] = value;
    i = end + 1;
    if (i < n && !isSpace(source.charCodeAt(i))) return giveUp();
  }
}

export class XmlScan {
  private pending = '';
  private readonly open: string[] = [];
  private started = false;
  /** No tag read yet: only then may the XML declaration come. */
  private first = true;
  private rootClosed = false;

  constructor(private readonly handler: XmlHandler) {}

  /** The next chunk of the document's text. */
  write(chunk: string): void {
    const text = this.pending + chunk;
    const n = text.length;
    let i = 0;
    if (!this.started) {
      if (n === 0) return;
      if (text.charCodeAt(0) !== LT) giveUp(); // a BOM or leading whitespace: saxes decides
      this.started = true;
    }
    while (i < n) {
      const lt = text.indexOf('<', i);
      if (lt < 0) {
        // The last two characters wait for the next chunk, so that a `]]>` cut by the chunk's end is still seen.
        const keep = Math.max(i, n - 2);
        if (keep > i) this.text(text.slice(i, keep));
        this.pending = text.slice(keep);
        return;
      }
      if (lt > i) this.text(text.slice(i, lt));
      const gt = text.indexOf('>', lt);
      if (gt < 0) {
        this.pending = text.slice(lt);
        return;
      }
      this.tag(text, lt, gt);
      i = gt + 1;
    }
    this.pending = '';
  }

  /** The end of the document: every element closed, nothing left over. */
  close(): void {
    if (this.pending.includes('<')) giveUp(); // a tag cut short
    if (this.pending !== '') this.text(this.pending);
    this.pending = '';
    if (this.open.length > 0 || !this.rootClosed) giveUp();
  }

  private text(text: string): void {
    // Outside the root only whitespace may stand; saxes passes it on as text, and so does this.
    if (this.open.length === 0 && !/^[ \t\n]*$/.test(text)) giveUp();
    checkText(text);
    this.handler.text(text);
  }

  private tag(text: string, lt: number, gt: number): void {
    const first = text.charCodeAt(lt + 1);
    if (first === SLASH) {
      let nameEnd = gt;
      while (nameEnd > lt + 2 && isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
      const name = text.slice(lt + 2, nameEnd);
      if (this.open.pop() !== name) giveUp();
      if (this.open.length === 0) this.rootClosed = true;
      return this.handler.close(localName(name));
    }
    if (first === BANG) return giveUp();
    const declaration = this.first;
    this.first = false;
    if (first === QUESTION) {
      // Only the XML declaration, first in the document.
      if (!declaration || lt !== 0 || !text.startsWith('<?xml ', lt) || text.charCodeAt(gt - 1) !== QUESTION) giveUp();
      return;
    }
    if (this.rootClosed) giveUp(); // a second root element
    const selfClosing = text.charCodeAt(gt - 1) === SLASH;
    const end = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < end && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
    const name = text.slice(lt + 1, nameEnd);
    if (!NAME.test(name)) giveUp();
    const attrs = nameEnd < end ? attributes(text.slice(nameEnd, end), 0) : {};
    const local = localName(name);
    this.handler.open(local, attrs);
    if (selfClosing) {
      this.handler.close(local);
      if (this.open.length === 0) this.rootClosed = true;
    } else this.open.push(name);
  }
}
