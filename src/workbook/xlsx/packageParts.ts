import { DecodeUTF8, Inflate, inflateSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { MAX_PART_BYTES, MAX_TOTAL_BYTES } from './readLimits';
import { ReadProblem, refuse } from './readProblem';
import { readZipDirectory, storedBytes, type ZipEntry } from './zipDirectory';

/** Streaming XML callbacks over local names (`x:c` → `c`): what each part reader implements. */
export type XmlHandler = {
  open(name: string, attrs: Readonly<Record<string, string>>): void;
  /** Character data, CDATA included (Excel never writes CDATA, but other writers do, and it is text like any other). */
  text(text: string): void;
  close(name: string): void;
};

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Input fed to the inflater at a time: deflate expands at most ~1032×, so one push yields at most ~4 MB. */
const INPUT_SLICE = 4 * 1024;
/** Deflate's largest expansion (258-byte matches coded in 2 bits): a stream of n bytes inflates to at most ~1032 n. */
const MAX_RATIO = 1032;

/** Text decoded at a time: TextDecoder is several times slower on megabyte chunks than on these. */
const DECODE_SLICE = 64 * 1024;

/** `chunk` to `sink` in slices of at most DECODE_SLICE bytes. */
function sliced(sink: (chunk: Uint8Array) => void): (chunk: Uint8Array) => void {
  return (chunk) => {
    for (let at = 0; at < chunk.length; at += DECODE_SLICE) sink(chunk.subarray(at, at + DECODE_SLICE));
  };
}

/**
 * The package's parts, each inflated only when asked for and streamed straight into a SAX parser: a part's text is
 * never held whole, inflating stops at the per-part and total caps (a zip bomb is never inflated past them), and a
 * part that is not asked for (an image, printer settings, custom XML) is never inflated at all.
 */
export class PackageParts {
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  /** Undefined when the bytes hold no readable zip directory. */
  static open(bytes: Uint8Array): PackageParts | undefined {
    const entries = readZipDirectory(bytes);
    return entries && new PackageParts(bytes, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** The part's XML through `handler`; false when the package lacks the part. */
  parse(name: string, handler: XmlHandler): boolean {
    const entry = this.entries.get(name);
    if (!entry) return false;
    const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
    parser.on('error', (e) => refuse(/undefined entity/.test(e.message) ? 'entities' : 'unreadable'));
    parser.on('doctype', () => refuse('entities')); // OOXML has no DTD: one is there only to declare entities
    parser.on('opentag', (tag) => handler.open(localName(tag.name), tag.attributes));
    parser.on('text', (t) => handler.text(t));
    parser.on('cdata', (t) => handler.text(t));
    parser.on('closetag', (tag) => handler.close(localName(tag.name)));
    // fflate's decoder rather than TextDecoder itself: it uses TextDecoder where there is one and decodes on its own
    // where there is none (jsdom, older WebViews).
    const decoder = new DecodeUTF8((text) => parser.write(text));
    this.inflate(
      entry,
      sliced((chunk) => decoder.push(chunk)),
    );
    finishDecoding(decoder);
    parser.close();
    return true;
  }

  /** The part as text (small parts only: [Content_Types].xml); undefined when absent. */
  text(name: string): string | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    let out = '';
    const decoder = new DecodeUTF8((text) => (out += text));
    this.inflate(entry, (chunk) => decoder.push(chunk));
    finishDecoding(decoder);
    return out;
  }

  /** The entry's bytes in chunks to `sink`, counted against both caps; its size must be the one the directory states. */
  private inflate(entry: ZipEntry, sink: (chunk: Uint8Array) => void): void {
    if (entry.size > MAX_PART_BYTES) refuse('partTooLarge');
    if (this.inflated + entry.size > MAX_TOTAL_BYTES) refuse('packageTooLarge');
    const stored = storedBytes(this.bytes, entry);
    if (!stored || entry.encrypted || (entry.method !== 0 && entry.method !== 8)) refuse('unreadable');
    let size = 0;
    const take = (chunk: Uint8Array): void => {
      size += chunk.length;
      this.inflated += chunk.length;
      if (size > MAX_PART_BYTES) refuse('partTooLarge');
      if (this.inflated > MAX_TOTAL_BYTES) refuse('packageTooLarge');
      // More than the directory claims: a damaged entry, or a bomb lying about its size; either way, stop here.
      if (size > entry.size) refuse('sizeMismatch');
      if (chunk.length > 0) sink(chunk);
    };
    const data = stored!;
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += INPUT_SLICE) take(data.subarray(at, at + INPUT_SLICE));
    } else if (data.length * MAX_RATIO <= MAX_PART_BYTES) {
      // Small enough that even a bomb cannot pass the part cap: inflated in one go, the fast path for every usual part.
      take(inflateOrRefuse(data));
    } else {
      const inflater = new Inflate((chunk) => take(chunk));
      for (let at = 0; at < data.length || at === 0; at += INPUT_SLICE) {
        const last = at + INPUT_SLICE >= data.length;
        pushOrRefuse(inflater, data.subarray(at, at + INPUT_SLICE), last);
        if (last) break;
      }
    }
    if (size !== entry.size) refuse('unreadable');
  }
}

/** fflate throws plain errors (with a numeric code) on a damaged stream; the reader's own refusals pass through. */
function pushOrRefuse(inflater: Inflate, chunk: Uint8Array, last: boolean): void {
  try {
    inflater.push(chunk, last);
  } catch (e) {
    damagedOrRethrow(e);
  }
}

function inflateOrRefuse(data: Uint8Array): Uint8Array {
  try {
    return inflateSync(data);
  } catch (e) {
    return damagedOrRethrow(e);
  }
}

/** The end of a part: a UTF-8 sequence cut short there is a damaged part. */
function finishDecoding(decoder: DecodeUTF8): void {
  try {
    decoder.push(new Uint8Array(0), true);
  } catch (e) {
    damagedOrRethrow(e);
  }
}

function damagedOrRethrow(e: unknown): never {
  if (!(e instanceof ReadProblem) && e instanceof Error && typeof (e as { code?: unknown }).code === 'number')
    refuse('unreadable');
  throw e;
}
