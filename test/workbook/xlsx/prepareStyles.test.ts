import { prepareStyles, quoteEscapes } from '../../../src/workbook/xlsx/prepareStyles';

describe('quoteEscapes', () => {
  it.each([
    ['0.00\\%', '0.00"%"'],
    ['#,##0;\\△#,##0', '#,##0;"△"#,##0'],
    ['#,##0;"\\"#,##0', '#,##0;"\\"#,##0'],
    ['0.00%', '0.00%'],
  ])('%s → %s', (code, expected) => expect(quoteEscapes(code)).toBe(expected));
});

describe('prepareStyles', () => {
  const styles = (numFmts: string, xfIds: number[]) =>
    `<styleSheet xmlns="x">${numFmts}<cellXfs>${xfIds.map((id) => `<xf numFmtId="${id}" fontId="0"/>`).join('')}</cellXfs></styleSheet>`;

  it('leaves styles that need nothing alone', () => {
    expect(prepareStyles(styles('', [0, 3, 10]))).toBeUndefined();
    expect(
      prepareStyles(styles('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>', [164])),
    ).toBeUndefined();
  });

  it('declares used built-in ids exceljs lacks, after any declared ones and without overriding a declaration', () => {
    const declared = '<numFmts count="1"><numFmt numFmtId="42" formatCode="0.0"/></numFmts>';
    const out = prepareStyles(styles(declared, [41, 42, 164]))!;
    expect(out).toContain('<numFmt numFmtId="41" formatCode="#,##0"/>');
    expect(out).toContain('<numFmt numFmtId="42" formatCode="0.0"/>');
    expect(out).not.toContain('<numFmt numFmtId="42" formatCode="#,##0"/>');
  });

  it('creates the numFmts element when there is none, and fills an empty one', () => {
    expect(prepareStyles(styles('', [43]))).toContain('<numFmts><numFmt numFmtId="43" formatCode="#,##0"/></numFmts>');
    expect(prepareStyles(styles('<numFmts count="0"/>', [44]))).toContain(
      '<numFmts><numFmt numFmtId="44" formatCode="#,##0"/></numFmts>',
    );
  });

  it('quotes escaped literals inside XML attributes', () => {
    const out = prepareStyles(
      styles('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0\\%;&quot;x&quot;"/></numFmts>', [164]),
    );
    expect(out).toContain('formatCode="0.0&quot;%&quot;;&quot;x&quot;"');
  });
});
