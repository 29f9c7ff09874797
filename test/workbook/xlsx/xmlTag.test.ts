import { elementEnd, findTag, innerOf, rootPrefix } from '../../../src/workbook/xlsx/xmlTag';

/** The patcher's scanner: text that only looks like markup (in a comment, CDATA, a PI, a DOCTYPE) is never an element. */

const ROW = '<row r="25"><c r="B25"><v>1</v></c></row>';

describe.each([
  ['a comment', `<!-- ${ROW} -->`],
  ['a CDATA section', `<x><![CDATA[${ROW}]]></x>`],
  ['a processing instruction', `<?pi ${ROW}?>`],
  ['a DOCTYPE internal subset', `<!DOCTYPE w [<!ENTITY e "${ROW.replace(/"/g, "'")}">]>`],
])('text inside %s', (_kind, opaque) => {
  const xml = `<sheetData>${opaque}<row r="25" spans="1:2"><c r="B25"/></row></sheetData>`;

  test('is stepped over: the first <row> found is the real one', () => {
    const row = findTag(xml, 'row', 0)!;
    expect(row.attrs.find((a) => a.name === 'spans')?.value).toBe('1:2');
    expect(innerOf(xml, row, elementEnd(xml, row))).toBe('<c r="B25"/>');
  });
});

test('an end tag inside a comment does not end the element', () => {
  const xml = '<c r="B25"><!-- </c> --><v>1</v></c>';
  const c = findTag(xml, 'c', 0)!;
  expect(elementEnd(xml, c)).toBe(xml.length);
});

test('an unterminated comment hides the rest, and nothing is found in it', () => {
  expect(findTag('<a><!-- <row r="1"/>', 'row', 0)).toBeUndefined();
});

test('the root prefix is read from the root element, not from a comment before it', () => {
  expect(rootPrefix('<?xml version="1.0"?><!-- <x:worksheet> --><worksheet xmlns="ns"/>', 'worksheet')).toBe('');
});

test('names are matched literally (a dot is no wildcard) and whole', () => {
  expect(findTag('<xrow/><a.b/><row/>', 'row', 0)?.start).toBe(13);
  expect(findTag('<aXb/><a.b/>', 'a.b', 0)?.start).toBe(6);
});
