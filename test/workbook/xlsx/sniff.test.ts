import { sniff } from '../../../src/workbook/xlsx/sniff';
import { unusable } from '../../../src/workbook/xlsx/unusable';
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
});
