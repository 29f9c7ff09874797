import { unescapeXml } from '../../src/workbook/xlsx/xmlText';
import { seedParts } from './hostile';
import { deflatedEntry, writeZip } from './zipWriter';

/**
 * Changes to the seed package that change its bytes but not its meaning as XML: what another writer (LibreOffice,
 * a script, a hand edit) may do. A reader that matches text instead of reading XML trips on them.
 */
export type Mutation = 'attributeOrder' | 'whitespace' | 'comments' | 'cdata' | 'characterReferences' | 'partOrder';
export const MUTATIONS: ReadonlyArray<Mutation> = [
  'attributeOrder',
  'whitespace',
  'comments',
  'cdata',
  'characterReferences',
  'partOrder',
];

/** Which matches a mutation touches: every `every`-th one, starting at `offset`. */
export type Pick = { readonly every: number; readonly offset: number };
const picked = (i: number, pick: Pick): boolean => i % pick.every === pick.offset % pick.every;

const START_TAG = /<([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*"([^"]*)"/g;

function mutateXml(xml: string, mutation: Mutation, pick: Pick): string {
  let i = 0;
  switch (mutation) {
    case 'attributeOrder':
      return xml.replace(START_TAG, (whole, name: string, attrs: string, close: string) => {
        if (!picked(i++, pick)) return whole;
        const list = [...attrs.matchAll(ATTRIBUTE)].map((m) => ` ${m[1]}="${m[2]}"`).reverse();
        return `<${name}${list.join('')}${close}>`;
      });
    case 'whitespace':
      return xml.replace(START_TAG, (whole, name: string, attrs: string, close: string) => {
        if (!picked(i++, pick)) return whole;
        const list = [...attrs.matchAll(ATTRIBUTE)].map((m) => `\n\t  ${m[1]} = "${m[2]}"`);
        return `<${name}${list.join('')} \n${close}>`;
      });
    case 'comments':
      return xml.replace(START_TAG, (whole) =>
        picked(i++, pick) ? `${whole}<!-- <row r="9"><c r="A9"><v>1</v></c></row> -->` : whole,
      );
    case 'cdata':
      return xml.replace(
        /<((?:\w+:)?[tv])( xml:space="preserve")?>([^<]+)<\/\1>/g,
        (whole, name: string, space = '', text: string) =>
          picked(i++, pick) ? `<${name}${space}><![CDATA[${unescapeXml(text)}]]></${name}>` : whole,
      );
    case 'characterReferences':
      return xml.replace(/>([^<]+)</g, (whole, text: string) =>
        picked(i++, pick) ? `>${text.replace(/[가-힣0-9]/g, (ch) => `&#x${ch.codePointAt(0)!.toString(16)};`)}<` : whole,
      );
    case 'partOrder':
      return xml;
  }
}

/** The seed package with each mutation applied to the matches `pick` chooses, in every XML part. */
export function mutatedSeed(mutations: ReadonlyArray<Mutation>, pick: Pick): Uint8Array {
  const entries = Object.entries(seedParts()).map(([name, bytes]) => {
    if (!/\.(xml|rels)$/.test(name)) return deflatedEntry(name, bytes);
    const xml = mutations.reduce((text, m) => mutateXml(text, m, pick), new TextDecoder().decode(bytes));
    return deflatedEntry(name, new TextEncoder().encode(xml));
  });
  if (mutations.includes('partOrder'))
    entries.sort(
      (a, b) => (picked(a.name.length, pick) ? -1 : 1) - (picked(b.name.length, pick) ? -1 : 1) || b.name.localeCompare(a.name),
    );
  return writeZip(entries);
}
