import { sniff } from '../../../src/workbook/xlsx/sniff';
import { drmProtected, unusable } from '../../../src/workbook/xlsx/unusable';
import { oleContainer, randomBytes } from './unusableInputs';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('sniff', () => {
  it.each([
    ['zip local header', ascii('PK\u0003\u0004rest'), 'zip'],
    ['empty zip archive', ascii('PK\u0005\u0006'), 'zip'],
    ['nothing', new Uint8Array(0), 'empty'],
    ['noise', randomBytes(4096, 3), 'notZip'],
    ['noise that starts with text', new Uint8Array([...ascii('hello'), ...randomBytes(1000, 5)]), 'notZip'],
    ['.xls', oleContainer(['Workbook']), 'xls'],
    ['encrypted package', oleContainer(['EncryptionInfo', 'EncryptedPackage']), 'encrypted'],
    [
      '"EncryptionInfo" as 8-bit text is not the stream name',
      new Uint8Array([...oleContainer(['Workbook']), ...ascii('EncryptionInfo')]),
      'xls',
    ],
    ['text with tabs', ascii('a\tb\r\nc\td\n'), 'text'],
    ['Excel 5/95 .xls (a Book stream)', oleContainer(['Book']), 'xls'],
    ['.xls from another writer (a WORKBOOK stream)', oleContainer(['WORKBOOK']), 'xls'],
    ['a Word document', oleContainer(['WordDocument', '1Table']), 'notZip'],
    ['a Hangul (HWP 5) document', oleContainer(['FileHeader', 'DocInfo']), 'notZip'],
    ['a compound file holding no document stream (a protected container)', oleContainer(['Contents']), 'encrypted'],
    ['a Fasoo header', new Uint8Array([...ascii('<## FASOO 3.0 ##>'), ...randomBytes(2000, 9)]), 'drm'],
    ['a mark in any case', new Uint8Array([...ascii('scdsa002'), ...randomBytes(2000, 9)]), 'drm'],
    ['a mark inside a compound file', oleContainer(['Contents'], ascii('MarkAny DRM')), 'drm'],
    ['a mark past the first 4 KB is no header', new Uint8Array([...randomBytes(5000, 4), ...ascii('FASOO')]), 'notZip'],
  ])('%s', (_name, bytes, expected) => {
    const result = sniff(bytes);
    expect(result === 'zip' ? 'zip' : result.code).toBe(expected);
  });

  it('gives the message of its kind', () => {
    expect(sniff(oleContainer(['EncryptionInfo']))).toEqual(unusable('encrypted'));
    // DRM (문서보안) is the likely cause at a Korean local government: the message names it and the way out.
    expect(unusable('encrypted').ko).toMatch(/문서보안\(DRM\)[^]*보안을 해제한 사본/);
    expect(unusable('encrypted').en).toMatch(/DRM[^]*copy with the security released/);
  });

  it('names the DRM product it recognises, and where the protection is released', () => {
    expect(sniff(new Uint8Array([...ascii('DRMONE'), 0, 1, ...randomBytes(100, 2)]))).toEqual(drmProtected('Fasoo DRM One'));
    expect(drmProtected('SoftCamp').ko).toMatch(/^SoftCamp 문서보안\(DRM\)[^]*SoftCamp 프로그램에서 보안을 해제한/);
    expect(drmProtected('SoftCamp').en).toMatch(/SoftCamp document security \(DRM\)/);
  });
});
