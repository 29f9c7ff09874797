import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { unescapeXml } from '../../src/workbook/xlsx/xmlText';
import { oleContainer, randomBytes } from '../workbook/xlsx/unusableInputs';
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
export function seedWith(
  edits: Record<string, (xml: string) => string> = {},
  extra: RawEntry[] = [],
  zip: { zip64?: boolean } = {},
): Uint8Array {
  const parts = seedParts();
  const replaced = new Set(extra.map((e) => e.name));
  const entries = Object.entries(parts)
    .filter(([name]) => !replaced.has(name))
    .map(([name, bytes]) => deflatedEntry(name, edits[name] ? utf8(edits[name](text(bytes))) : bytes));
  return writeZip([...entries, ...extra], zip);
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
  const size = utf8(head).length + megabytes * MB + utf8(tail).length; // bytes, not UTF-16 units: the tail may be Hangul
  return { name, data: new Uint8Array(data), size: declared === 'true' ? Math.min(size, 0xffffffff) : 30_000 };
}

const sheetHead = (xml: string): string => xml.slice(0, xml.indexOf('<sheetData>') + '<sheetData>'.length);

/** The seed's bytes scrambled, as a protected file's body is: nothing of the package is left to read. */
const scrambledSeed = (): Uint8Array => {
  const seed = new Uint8Array(readFileSync(SEED));
  const noise = randomBytes(seed.length, 17);
  return seed.map((b, i) => b ^ noise[i]);
};

/** A DRM product's container: its header (naming the product), then the protected workbook. */
const drmWrapped = (header: string): Uint8Array => {
  const head = utf8(header);
  const body = scrambledSeed();
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
};

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
  /**
   * Past the 512 MB of all parts read, each part within its own 256 MB: three worksheets of 255 MB each (blank space
   * inside their sheetData); the first two are read through, the third is refused before it is inflated.
   */
  packageBomb: () => {
    const xml = text(seedParts()[SHEET]);
    const sheets = [1, 2, 3].map((n) => `xl/worksheets/sheet${n}.xml`);
    const relationship = (n: number) =>
      `<Relationship Id="rIdBomb${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`;
    return seedWith(
      {
        'xl/workbook.xml': (wb) =>
          wb.replace(
            '</sheets>',
            '<sheet sheetId="2" name="둘" r:id="rIdBomb2"/><sheet sheetId="3" name="셋" r:id="rIdBomb3"/></sheets>',
          ),
        'xl/_rels/workbook.xml.rels': (rels) =>
          rels.replace('</Relationships>', `${relationship(2)}${relationship(3)}</Relationships>`),
      },
      sheets.map((name) => bombEntry(name, sheetHead(xml), ' ', 255, '</sheetData></worksheet>', 'true')),
    );
  },
  /** The seed written with ZIP64 records throughout (sizes and offsets in the extra fields, the ZIP64 end record). */
  zip64: () => seedWith({}, [], { zip64: true }),
  /** Office's password encryption: a compound file holding EncryptionInfo and the encrypted package. */
  passwordProtected: () => oleContainer(['EncryptionInfo', 'EncryptedPackage'], scrambledSeed()),
  /** A compound file with no workbook stream, no Word or Hangul document: how an unnamed DRM container looks. */
  unknownContainer: () => oleContainer(['Contents', 'Protection'], scrambledSeed()),
  /** Fasoo's container (`<## FASOO … ##>` header) and the other products' marks near the start. */
  fasoo: () => drmWrapped('<## FASOO 3.0 ##>\0\0\0'),
  drmOne: () => drmWrapped('DRMONE\0\x01\0\0'),
  softCamp: () => drmWrapped('SCDSA002\0\0\0\0'),
  markAny: () => oleContainer(['Contents'], new Uint8Array([...utf8('MarkAny Document SAFER'), ...scrambledSeed()])),
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
