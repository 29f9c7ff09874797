import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { GiveUp, XmlScan, type XmlHandler } from '../../../src/workbook/xlsx/xmlScan';

/**
 * The fast tokenizer either gives up or reads exactly what saxes reads (the same elements, attributes and text, in
 * order), however the document is cut into chunks; and it never accepts what saxes refuses.
 */

type Event = string;

/** Events as the part readers see them; adjacent text joined, since both parsers may pass text in pieces. */
function recorder(): { handler: XmlHandler; events: Event[] } {
  const events: Event[] = [];
  const push = (e: string) => {
    const last = events.length - 1;
    if (e.startsWith('text:') && last >= 0 && events[last].startsWith('text:')) events[last] += e.slice(5);
    else events.push(e);
  };
  return {
    events,
    handler: {
      open: (name, attrs) => push(`open:${name}${JSON.stringify(Object.entries(attrs))}`),
      text: (t) => push(`text:${t}`),
      close: (name) => push(`close:${name}`),
    },
  };
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** saxes as packageParts.ts drives it; undefined when it refuses the document. */
function bySaxes(xml: string): Event[] | undefined {
  const { handler, events } = recorder();
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let failed = false;
  parser.on('error', () => (failed = true));
  parser.on('doctype', () => (failed = true));
  parser.on('opentag', (tag) => handler.open(localName(tag.name), tag.attributes));
  parser.on('text', (t) => handler.text(t));
  parser.on('cdata', (t) => handler.text(t));
  parser.on('closetag', (tag) => handler.close(localName(tag.name)));
  try {
    parser.write(xml).close();
  } catch {
    failed = true;
  }
  return failed ? undefined : events.filter((e) => e !== 'text:');
}

/** The scanner over `xml` cut at `cuts`; 'gave up' when it did. */
function byScan(xml: string, cuts: number[]): Event[] | 'gave up' {
  const { handler, events } = recorder();
  const scan = new XmlScan(handler);
  try {
    let from = 0;
    for (const at of [...cuts.map((c) => Math.floor(c * xml.length)).sort((a, b) => a - b), xml.length]) {
      scan.write(xml.slice(from, Math.max(from, at)));
      from = Math.max(from, at);
    }
    scan.close();
  } catch (e) {
    if (e instanceof GiveUp) return 'gave up';
    throw e;
  }
  return events.filter((e) => e !== 'text:');
}

const NAMES = ['c', 'row', 'x:c', 'v', 'sheetData', 'is', 't'];
const ATTRIBUTE_NAMES = ['r', 's', 't', 'x:id', 'xml:space'];
/** Mostly what the fast path reads, now and then what it must leave to saxes (or what no parser accepts). */
const mostly = (plain: string[], special: string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...plain), weight: 6 }, { arbitrary: fc.constantFrom(...special), weight: 1 });
const VALUE = mostly(['A1', '1', 'preserve', '', 'a b', '>', "'", '계'], ['&amp;', '\t', 'x"y', '<']);
const TEXT = mostly(
  ['1', '계', ' ', '\n', '\t', '1.5E-3', ']', '>'],
  ['&amp;', '&#44228;', '<!-- c -->', '<![CDATA[x<y]]>', ']]>', '\r\n', '<?pi x?>', '&'],
);

const attribute = fc
  .tuple(fc.constantFrom(...ATTRIBUTE_NAMES), VALUE, fc.constantFrom('"', "'"), fc.constantFrom('', ' ', '\n'))
  .map(([name, value, q, space]) => ` ${name}${space}=${space}${q}${value}${q}`);

const element: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(
      fc.constantFrom(...NAMES),
      fc.uniqueArray(attribute, { maxLength: 3, selector: (a) => a.split('=')[0].trim() }),
      depth > 1 ? fc.array(fc.oneof(TEXT, element(depth - 1)), { maxLength: 4 }) : fc.constant([]),
      fc.constantFrom('', ' ', '\n'),
      fc.boolean(),
    )
    .map(([name, attrs, children, space, selfClosing]) =>
      selfClosing && children.length === 0
        ? `<${name}${attrs.join('')}${space}/>`
        : `<${name}${attrs.join('')}${space}>${children.join('')}</${name}${space}>`,
    ),
);

/** Documents as writers make them, and some that no parser should accept (a lost close tag, text outside the root). */
const documents = fc
  .tuple(
    mostly(['', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'], ['\ufeff', ' ']),
    element(4),
    mostly(['', '\n'], ['x', '<a/>', '</c>']),
    fc.nat(7),
  )
  .map(([head, root, tail, drop]) => {
    const xml = `${head}${root}${tail}`;
    // Sometimes a close tag goes missing.
    return drop === 0 ? xml.replace(/<\/[^>]+>/, '') : xml;
  });

describe('XmlScan: the fast tokenizer agrees with saxes or gives up', () => {
  it('reads what saxes reads, or gives up; never accepts what saxes refuses', () => {
    let read = 0;
    fc.assert(
      fc.property(documents, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), (xml, cuts) => {
        const scanned = byScan(xml, cuts);
        if (scanned === 'gave up') return;
        read++;
        expect(scanned).toEqual(bySaxes(xml));
      }),
      { numRuns: 500 },
    );
    expect(read).toBeGreaterThan(50); // the property is not vacuous: many documents are read by the fast path
  });

  it('reads a worksheet as Excel writes it, cut anywhere', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>1104.321</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells></worksheet>';
    for (let cut = 0; cut <= xml.length; cut += 7) expect(byScan(xml, [cut / xml.length])).toEqual(bySaxes(xml));
  });

  it.each([
    ['a comment', '<a><!-- x --></a>'],
    ['CDATA', '<a><![CDATA[x]]></a>'],
    ['an entity reference', '<a>&amp;</a>'],
    ['a character reference in an attribute', '<a b="&#49;"/>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['a processing instruction', '<a><?pi x?></a>'],
    ['a carriage return', '<a>1\r\n</a>'],
    ['a tab in an attribute value (normalised to a space by a parser)', '<a b="1\t2"/>'],
    ['a byte-order mark', '\ufeff<a/>'],
    ['an attribute given twice', '<a b="1" b="2"/>'],
    ['a close tag that does not match', '<a><b></a></b>'],
    ['an element never closed', '<a><b></b>'],
    ['two root elements', '<a/><b/>'],
    ['text outside the root', '<a/>x'],
    ['a quote never closed', '<a b="1/>'],
  ])('gives up on %s', (_name, xml) => {
    expect(byScan(xml, [])).toBe('gave up');
  });
});
