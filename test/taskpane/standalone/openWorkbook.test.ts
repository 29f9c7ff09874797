import { openWorkbook } from '../../../src/taskpane/standalone/openWorkbook';
import { drmProtected, unusable } from '../../../src/workbook/xlsx/unusable';
import { corpus } from '../../corpus/hostile';

/** The pane's 파일 열기 gives the reader's own message for a file it cannot read, as the CLI does. */
describe('openWorkbook: a protected file is refused with the reason', () => {
  it.each([
    ['a file Fasoo protects', corpus.fasoo(), drmProtected('Fasoo')],
    ['a file SoftCamp protects', corpus.softCamp(), drmProtected('SoftCamp')],
    ['an Office file encrypted with a password', corpus.passwordProtected(), unusable('encrypted')],
    ['a compound file holding no workbook', corpus.unknownContainer(), unusable('encrypted')],
  ])('%s', async (_name, bytes, reason) => {
    expect(await openWorkbook(bytes, 'plan.xlsx')).toEqual({
      ok: false,
      message: expect.objectContaining({ ko: reason.ko, en: reason.en }),
    });
  });

  it('opens the seed written with ZIP64 records', async () => {
    const opened = await openWorkbook(corpus.zip64(), 'plan.xlsx');
    expect(opened.ok).toBe(true);
  });
});
