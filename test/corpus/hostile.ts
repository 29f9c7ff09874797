import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { unescapeXml } from '../../src/workbook/xlsx/xmlText';
import { deflatedEntry, writeZip, type RawEntry } from './zipWriter';

/**
 * The hostile-file corpus of issue 17, each case made from the seed example by editing its package as text:
 * rows beyond the grid, zip bombs, big unused parts, CDATA, entity references and declarations.
 */

const SEED = join(__dirname, '..', '..', 'examples', 'seed.xlsx');
const SHEET = 'xl/worksheets/sheet1.xml';
const STRINGS = 'xl/sharedStrings.xml';
const MB = 1024 * 1024;

type Parts = Record<string, Uint8Array>;
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export const seedParts = (): Parts => unzipSync(new Uint8Array(readFileSync(SEED)));

/** The seed's package with parts edited as text (or replaced by ready entries), in the seed's order. */
export function seedWith(edits: Record<string, (xml: string) => string> = {}, extra: RawEntry[] = []): Uint8Array {
  const parts = seedParts();
  const replaced = new Set(extra.map((e) => e.name));
  const entries = Object.entries(parts)
    .filter(([name]) => !replaced.has(name))
    .map(([name, bytes]) => deflatedEntry(name, edits[name] ? utf8(edits[name](text(bytes))) : bytes));
  return writeZip([...entries, ...extra]);
}

/**
 * An entry whose content is `head`, then `megabytes` MB of `fill`, then `tail`, built without ever holding it:
 * 1 MB of `fill` deflated once, ending on a byte boundary (a sync flush), is repeated as is. The entry declares
 * `declared` bytes (the true size, or a lie).
 */
export function bombEntry(
  name: string,
  head: string,
  fill: string,
  megabytes: number,
  tail: string,
  declared: 'true' | 'small',
): RawEntry {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const repeat = deflateRawSync(Buffer.alloc(MB, fill), flush);
  const data = Buffer.concat([
    deflateRawSync(utf8(head), flush),
    ...Array.from({ length: megabytes }, () => repeat),
    deflateRawSync(utf8(tail)), // the final block
  ]);
  const size = head.length + megabytes * MB + tail.length;
  return { name, data: new Uint8Array(data), size: declared === 'true' ? Math.min(size, 0xffffffff) : 30_000 };
}

const sheetHead = (xml: string): string => xml.slice(0, xml.indexOf('<sheetData>') + '<sheetData>'.length);

export const corpus = {
  /** One row in the billions (defect 1): a reader that walks rows up to the highest one never ends. */
  rowBeyondGrid: () =>
    seedWith({
      [SHEET]: (xml) => xml.replace('</sheetData>', '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row></sheetData>'),
    }),
  columnBeyondGrid: () => seedWith({ [SHEET]: (xml) => xml.replace('<c r="A1"', '<c r="XFE1"') }),
  /** The worksheet inflating to 3 GB of blanks, its size declared truly (refused before inflating) or as 30 KB. */
  sheetBomb: (declared: 'true' | 'small') => {
    const xml = text(seedParts()[SHEET]);
    return seedWith({}, [bombEntry(SHEET, sheetHead(xml), ' ', 3 * 1024, '</sheetData></worksheet>', declared)]);
  },
  /** styles.xml inflating to 2 GB (defect 3). */
  stylesBomb: (declared: 'true' | 'small') =>
    seedWith({}, [
      bombEntry(
        'xl/styles.xml',
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
        ' ',
        2 * 1024,
        '</styleSheet>',
        declared,
      ),
    ]),
  /** A 2 GB image nothing refers to the cells through: never inflated, the plan reads as the seed. */
  unusedImage: () => seedWith({}, [bombEntry('xl/media/image1.png', '', '\0', 2 * 1024, '', 'true')]),
  /** Every shared string written as CDATA (defect 8): 계 and every other label must still read. */
  cdata: () =>
    seedWith({
      [STRINGS]: (xml) =>
        xml.replace(
          /<t( xml:space="preserve")?>([^<]*)<\/t>/g,
          (_m, space = '', t: string) => `<t${space}><![CDATA[${unescapeXml(t)}]]></t>`,
        ),
    }),
  /** Every Hangul syllable written as a character reference (&#44228; for 계): the same text. */
  characterReferences: () => seedWith({ [STRINGS]: (xml) => xml.replace(/[가-힣]/g, (ch) => `&#${ch.codePointAt(0)};`) }),
  /** Billion laughs: a DTD declaring nested entities, used in a shared string. */
  entityDeclarations: () =>
    seedWith({
      [STRINGS]: (xml) =>
        xml
          .replace(
            /<sst\b/,
            (open) =>
              `<!DOCTYPE sst [${Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)
                .join('')
                .replace('&lol0;'.repeat(10), 'lol'.repeat(10))}]>${open}`,
          )
          .replace(/<t>/, '<t>&lol10;'),
    }),
};

/** `count` small numeric cells below the seed's tables, ten a row (the campaign's 2-million-cell sheet). */
export function manyCells(count: number): Uint8Array {
  return seedWith({
    [SHEET]: (xml) => {
      const rows: string[] = [];
      for (let r = 0; r < count / 10; r++) {
        const n = r + 1001;
        rows.push(
          `<row r="${n}">${'ABCDEFGHIJ'
            .split('')
            .map((c, i) => `<c r="${c}${n}"><v>${i + r}</v></c>`)
            .join('')}</row>`,
        );
      }
      return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
    },
  });
}
