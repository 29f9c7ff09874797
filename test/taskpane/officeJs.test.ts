import { openedByOffice, waitForOffice, type OfficeReady, type OfficeWait, type PageTraces } from '../../src/taskpane/officeJs';

/** A plain browser's page: no trace of Office. */
const plain: PageTraces = {
  search: '',
  windowName: '',
  session: () => null,
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
  external: {},
  agaveHost: undefined,
};

describe('openedByOffice', () => {
  it('is false in a plain browser, whatever else the query holds', () => {
    expect(openedByOffice(plain)).toBe(false);
    expect(openedByOffice({ ...plain, search: '?host_Info=x&_host=Excel', windowName: 'not json' })).toBe(false);
    expect(openedByOffice({ ...plain, windowName: '{"other":1}' })).toBe(false);
  });

  it.each<[string, Partial<PageTraces>]>([
    ['the _host_Info query Excel adds', { search: '?_host_Info=Excel$Win32$16.01$ko-KR$$$$0' }],
    ['the window name Excel on the web sets', { windowName: '{"hostInfo":"Excel$Web$16.01$ko-KR$$$$0"}' }],
    ['the session Office.js saved after a navigation', { session: () => 'Excel$Win32$16.01$ko-KR$$$$0' }],
    ['the host bridge on window.external', { external: { GetHostInfo: () => 'Excel$Win32$16.01' } }],
    ['the host bridge agaveHost', { agaveHost: {} }],
    ['an Office user agent', { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Trident/7.0; ms-office; MSOffice 16) like Gecko' }],
  ])('is true with %s', (_, trace) => expect(openedByOffice({ ...plain, ...trace })).toBe(true));
});

/** Office.HostType.Excel: the type only, since no Office.js runs here. */
const EXCEL = 'Excel' as unknown as Office.HostType;

/** An Office global whose onReady names `host` (null: Office.js outside Office), or never answers. */
const officeAnswering = (host: Office.HostType | null | 'never'): OfficeReady => ({
  onReady: (callback) => host !== 'never' && callback({ host }),
});

/** A wait whose loading sets the Office global as `loaded` says (undefined: the script failed). */
function waitWith(inOffice: boolean, loaded: OfficeReady | undefined | 'hangs', timeoutMs = 50) {
  let office: OfficeReady | undefined;
  const loads: number[] = [];
  const wait: OfficeWait = {
    inOffice,
    office: () => office,
    load: () => {
      loads.push(1);
      if (loaded === 'hangs') return new Promise<boolean>(() => undefined);
      office = loaded;
      return Promise.resolve(loaded !== undefined);
    },
    timeoutMs,
  };
  return { wait, loads };
}

describe('waitForOffice', () => {
  it('starts Excel’s pane when Office.js loads and onReady names a host', async () => {
    const { wait, loads } = waitWith(true, officeAnswering(EXCEL));
    await expect(waitForOffice(wait).first).resolves.toEqual({ kind: 'office' });
    expect(loads).toHaveLength(1);
  });

  it.each<[string, Parameters<typeof waitWith>[1], string]>([
    ['the script fails', undefined, 'notLoaded'],
    ['the script hangs', 'hangs', 'noAnswer'],
    ['onReady never comes', officeAnswering('never'), 'noAnswer'],
    ['Office.js finds no host', officeAnswering(null), 'noHost'],
  ])('inside Office, explains the failure when %s', async (_, loaded, reason) => {
    const { wait } = waitWith(true, loaded);
    await expect(waitForOffice(wait).first).resolves.toEqual({ kind: 'failed', reason });
  });

  it('in a plain browser, goes standalone at once and loads nothing', async () => {
    const { wait, loads } = waitWith(false, officeAnswering(EXCEL), 60_000);
    await expect(waitForOffice(wait).first).resolves.toEqual({ kind: 'browser' });
    expect(loads).toEqual([]);
  });

  it('uses an Office global already there (a test’s fake) without loading the script', async () => {
    const { wait, loads } = waitWith(false, undefined);
    const present: OfficeWait = { ...wait, office: () => officeAnswering(EXCEL) };
    await expect(waitForOffice(present).first).resolves.toEqual({ kind: 'office' });
    expect(loads).toEqual([]);
  });

  it('fails at once, without waiting, when the page names no Office.js inside Office', async () => {
    const { wait } = waitWith(true, undefined, 60_000);
    await expect(waitForOffice({ ...wait, load: null }).first).resolves.toEqual({ kind: 'failed', reason: 'notLoaded' });
  });

  it('still reports Office answering after the wait gave up, for a slow PC', async () => {
    let answer: (info: { host: Office.HostType }) => void = () => undefined;
    const slow: OfficeReady = { onReady: (callback) => (answer = callback) };
    const { wait } = waitWith(true, slow);
    const { first, late } = waitForOffice(wait);
    await expect(first).resolves.toEqual({ kind: 'failed', reason: 'noAnswer' });
    answer({ host: EXCEL });
    await expect(late).resolves.toEqual({ kind: 'office' });
  });
});
