import JSZip from 'jszip';

/** The XML of a sheet by its name, and of its relationships, as written in the package. */
export async function sheetParts(written: Uint8Array, name: string): Promise<{ xml: string; rels: string }> {
  const zip = await JSZip.loadAsync(written);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(wbRels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(wbRels)![1];
  const path = `xl/${target.replace(/^\/?xl\//, '')}`;
  const relsPath = path.replace(/([^/]+)$/, '_rels/$1.rels');
  return { xml: await zip.file(path)!.async('string'), rels: (await zip.file(relsPath)?.async('string')) ?? '' };
}

/** Every `<hyperlink/>` element of a sheet's XML. */
export const hyperlinks = (xml: string) => [...xml.matchAll(/<hyperlink\b[^>]*\/>/g)].map((m) => m[0]);
