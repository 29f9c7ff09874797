import JSZip from 'jszip';
import { check, buildReport, REPORT_NAMES } from '../../../src/engine';
import { sheetsToWorkbook } from '../../../src/workbook/xlsx/fromSheets';
import { insertReportSheet } from '../../../src/workbook/xlsx/insertSheet';
import { internalLinks } from '../../../src/workbook/xlsx/internalLinks';
import { addReportSheet } from '../../../src/workbook/xlsx/renderReport';
import { buildWorkbook, variant } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';
import { hyperlinks, sheetParts } from './sheetParts';

const broken = variant(SEED, (p) => {
  p.budget.계.budget = 1800;
  p.staffing.rows[0].quota = 18;
});
const sheets = buildWorkbook([broken], 'document').sheets;
const bytes = async () => new Uint8Array(await sheetsToWorkbook(sheets).xlsx.writeBuffer());
const NAME = REPORT_NAMES.findings.ko;
const findingsTables = () => {
  const { plan, findings } = check(sheets);
  return buildReport(plan, 'findings', { findings });
};

function expectInternal({ xml, rels }: { xml: string; rels: string }, count: number): void {
  const links = hyperlinks(xml);
  expect(links).toHaveLength(count);
  for (const link of links) {
    expect(link).toMatch(/ location="'[^"]+'!\$?[A-Z]+\$?\d+"/);
    expect(link).not.toMatch(/r:id=/);
  }
  expect(rels).not.toMatch(/\/hyperlink"/);
  expect(rels).not.toMatch(/TargetMode="External"/);
}

describe('점검 결과 links stay inside the workbook', () => {
  it('the CLI (--report) writes each finding’s link as a location, with no external relationship', async () => {
    const tables = findingsTables();
    const rows = tables[0].body.length;
    expect(rows).toBeGreaterThan(1);
    const added = await addReportSheet(await bytes(), NAME, tables);
    if (!added.ok) throw new Error('not added');
    const parts = await sheetParts(added.bytes, added.sheet);
    expectInternal(parts, rows);
    expect(hyperlinks(parts.xml)[0]).toContain(`location="'${sheets[0].name}'!`);
  });

  it('the browser pane (a new sheet in the file in memory) writes them the same way', async () => {
    const inserted = await insertReportSheet(await bytes(), NAME, findingsTables());
    if (!inserted.ok) throw new Error('not inserted');
    expectInternal(await sheetParts(inserted.bytes, inserted.sheet), findingsTables()[0].body.length);
  });

  it('leaves links to web pages as external relationships', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks></worksheet>');
    const rels =
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.seogu.gwangju.kr" TargetMode="External"/></Relationships>';
    zip.file('xl/worksheets/_rels/sheet1.xml.rels', rels);
    const before = await zip.generateAsync({ type: 'uint8array' });
    expect(await internalLinks(before)).toBe(before);
  });
});
