/** @jest-environment jsdom */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'webpack';
import { DEV_ORIGIN, INTRANET_BASE, manifestProblems, manifestUrls, NO_PROBLEM, readManifest, ROOT } from './manifestFile';

type WebpackConfig = ((env: object, argv: { mode: string }) => Configuration) & {
  manifestFor: (xml: string, base: string) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded as webpack itself loads it
const makeConfig: WebpackConfig = require('../webpack.config.js');

const NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
/** The children of a TaskPaneApp's OfficeApp in the order the schema (OfficeAppType / TaskPaneAppType) demands. */
const SCHEMA_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
];
const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'DefaultSettings',
  'Permissions',
];

const xml = readManifest();
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const root = doc.documentElement;
const child = (name: string): Element | undefined => [...root.children].find((c) => c.localName === name);
const all = (name: string): Element[] => [...doc.getElementsByTagName('*')].filter((e) => e.localName === name);

/** Files the production build writes: its HTML pages and the assets it copies. */
function builtFiles(): Set<string> {
  const plugins = makeConfig({}, { mode: 'production' }).plugins ?? [];
  const pages = plugins.flatMap((p) => {
    const filename = (p as { userOptions?: { filename?: unknown } }).userOptions?.filename;
    return typeof filename === 'string' ? [filename] : [];
  });
  // The build copies assets/*.png as they are (webpack.config.js); the bundle test checks the real output.
  const copied = existsSync(join(ROOT, 'assets'))
    ? readdirSync(join(ROOT, 'assets'))
        .filter((f) => f.endsWith('.png'))
        .map((f) => `assets/${f}`)
    : [];
  return new Set([...pages, ...copied]);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const localFile = (url: string): string => join(ROOT, url.slice(DEV_ORIGIN.length));
const resource = (id: string): Element | undefined =>
  all('Image')
    .concat(all('Url'), all('String'))
    .find((e) => e.getAttribute('id') === id);

describe('manifest.xml', () => {
  it('parses as a task pane add-in', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.localName).toBe('OfficeApp');
    expect(root.namespaceURI).toBe(NS);
    expect(root.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  it('has the required elements, in schema order', () => {
    const names = [...root.children].map((c) => c.localName);
    expect(names.filter((n) => !SCHEMA_ORDER.includes(n))).toEqual([]);
    expect(names).toEqual([...names].sort((a, b) => SCHEMA_ORDER.indexOf(a) - SCHEMA_ORDER.indexOf(b)));
    for (const name of REQUIRED) expect(names).toContain(name);
  });

  it('has a GUID id and a four-part version matching package.json', () => {
    expect(child('Id')?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(child('Version')?.textContent).toBe(`${pkg.version}.0`);
  });

  it('is Korean by default with English overrides for every name and string', () => {
    expect(child('DefaultLocale')?.textContent).toBe('ko-KR');
    const localized = [child('DisplayName')!, child('Description')!, ...all('String')];
    for (const el of localized) {
      expect(el.getAttribute('DefaultValue')).toMatch(/[가-힣]/);
      const en = [...el.children].find((c) => c.localName === 'Override' && c.getAttribute('Locale') === 'en-US');
      expect(en?.getAttribute('Value')).toMatch(/[A-Za-z]/);
    }
  });

  it('asks for Excel with ExcelApi 1.13 and read/write access to the document', () => {
    expect(
      all('Host')
        .find((h) => h.getAttribute('Name'))
        ?.getAttribute('Name'),
    ).toBe('Workbook');
    expect(all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['ExcelApi', '1.13']]);
    expect(child('Permissions')?.textContent).toBe('ReadWriteDocument');
  });

  it('puts a 성과계획 점검 button on the Home tab that opens the task pane', () => {
    const tab = all('OfficeTab')[0];
    expect(tab.getAttribute('id')).toBe('TabHome');
    const button = [...tab.getElementsByTagName('*')].find(
      (e) => e.localName === 'Control' && e.getAttribute('xsi:type') === 'Button',
    )!;
    const label = [...button.children].find((c) => c.localName === 'Label')!.getAttribute('resid')!;
    expect(resource(label)?.getAttribute('DefaultValue')).toBe('성과계획 점검');
    const action = [...button.getElementsByTagName('*')].find((e) => e.localName === 'Action')!;
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    const source = [...action.children].find((c) => c.localName === 'SourceLocation')!.getAttribute('resid')!;
    expect(resource(source)?.getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it('resolves every resid to a resource', () => {
    const resids = [...doc.getElementsByTagName('*')].flatMap((e) => (e.hasAttribute('resid') ? [e.getAttribute('resid')!] : []));
    expect(resids.length).toBeGreaterThan(0);
    expect(resids.filter((id) => !resource(id))).toEqual([]);
  });

  it('points every URL at a file the webpack build emits on the dev server', () => {
    const built = builtFiles();
    const urls = manifestUrls(xml);
    expect(urls.filter((u) => !u.startsWith(DEV_ORIGIN))).toEqual([]);
    expect(urls.map((u) => u.slice(DEV_ORIGIN.length)).filter((p) => !built.has(p))).toEqual([]);
  });

  it('has every icon at the size it is declared at', () => {
    const declared: Array<[string, number]> = [
      [child('IconUrl')!.getAttribute('DefaultValue')!, 32],
      [child('HighResolutionIconUrl')!.getAttribute('DefaultValue')!, 64],
      ...all('Image')
        .filter((img) => img.hasAttribute('size'))
        .map((img): [string, number] => [
          resource(img.getAttribute('resid')!)!.getAttribute('DefaultValue')!,
          Number(img.getAttribute('size')),
        ]),
    ];
    for (const [url, size] of declared) expect(pngSize(localFile(url))).toEqual({ width: size, height: size });
    expect(new Set(declared.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
  });
});

describe('manifest.xml as a build for an intranet host writes it (--env host)', () => {
  const built = makeConfig.manifestFor(xml, INTRANET_BASE);

  it('names every URL under the host and path, none on localhost, each a file the build emits', () => {
    const files = builtFiles();
    expect(manifestProblems(built, INTRANET_BASE, (path) => files.has(path))).toEqual(NO_PROBLEM);
    expect(manifestUrls(built)).toHaveLength(manifestUrls(xml).length);
  });

  it('changes nothing else', () => {
    expect(built.split(INTRANET_BASE).join(DEV_ORIGIN)).toBe(xml);
  });

  it('refuses a host Office cannot load an add-in from', () => {
    expect(() => makeConfig({ host: 'http://intranet/plan/' }, { mode: 'production' })).toThrow(/https/);
    expect(() => makeConfig({ host: 'not a url' }, { mode: 'production' })).toThrow(/not a URL/);
    expect(() => makeConfig({ officejs: 'elsewhere' }, { mode: 'production' })).toThrow(/local|cdn/);
  });
});
