import { attr, findTag, rootPrefix, withAttr, writeStartTag } from './xmlTag';
import { unescapeXml } from './xmlText';

/** CT_Workbook's children after `calcPr`, in schema order: a new `<calcPr>` goes before the first one present. */
const AFTER_CALC_PR = [
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

/**
 * workbook.xml with `fullCalcOnLoad="1"` on `<calcPr>`: a written formula's cached value is ours, so Excel (and any
 * reader honouring the flag) recomputes every formula when the file opens.
 */
export function withFullCalcOnLoad(xml: string): string {
  const p = rootPrefix(xml, 'workbook') ?? '';
  const calcPr = findTag(xml, `${p}calcPr`, 0);
  if (calcPr) {
    const tag = writeStartTag(calcPr.name, withAttr(calcPr.attrs, 'fullCalcOnLoad', '1'), calcPr.selfClosing);
    return xml.slice(0, calcPr.start) + tag + xml.slice(calcPr.end);
  }
  const next = AFTER_CALC_PR.map((name) => findTag(xml, `${p}${name}`, 0)?.start).find((at) => at !== undefined);
  const at = next ?? xml.lastIndexOf(`</${p}workbook>`);
  return xml.slice(0, at) + `<${p}calcPr fullCalcOnLoad="1"/>` + xml.slice(at);
}

/** The XML with every empty element `name` whose attribute `key` reads `value` removed (a Relationship, an Override). */
export function withoutElement(xml: string, name: string, key: string, value: string): string {
  for (let tag = findTag(xml, name, 0); tag; tag = findTag(xml, name, tag.start + 1)) {
    if (tag.selfClosing && unescapeXml(attr(tag, key) ?? '') === value) return xml.slice(0, tag.start) + xml.slice(tag.end);
  }
  return xml;
}
