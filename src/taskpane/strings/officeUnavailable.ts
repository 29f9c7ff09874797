import type { FailReason } from '../officeJs';

/**
 * The words of the page shown inside Excel when Office.js cannot be used: what failed, and what the IT staff should
 * check. Shown in both languages at once, since without Office.js the pane does not know Office's language.
 */
export type OfficeUnavailableStrings = {
  readonly title: string;
  readonly failed: (reason: FailReason, url: string | null, seconds: number) => string;
  readonly nothingOpened: string;
  readonly checksHeading: string;
  readonly checks: (url: string | null, offHost: boolean) => string[];
  readonly retry: string;
};

const where = (url: string | null): string => url ?? 'office.js';

export const officeUnavailableKo: OfficeUnavailableStrings = {
  title: 'Excel과 연결하지 못했습니다',
  failed: (reason, url, seconds) => {
    switch (reason) {
      case 'notLoaded':
        return `Office.js(${where(url)})를 불러오지 못했습니다.`;
      case 'noAnswer':
        return `Office.js(${where(url)})가 ${seconds}초 안에 응답하지 않았습니다.`;
      case 'noHost':
        return 'Office.js가 이 창을 연 Excel을 찾지 못했습니다.';
    }
  },
  nothingOpened: '통합 문서를 읽거나 바꾸지 않았습니다. 아래 사항을 확인한 뒤 다시 시도하세요.',
  checksHeading: '전산 담당자 확인 사항',
  checks: (url, offHost) => [
    `이 PC에서 ${where(url)} 주소가 열리는지 (추가 기능 서버, 방화벽·프록시)`,
    '추가 기능 서버의 HTTPS 인증서를 이 PC가 신뢰하는지',
    'Excel 버전: Excel 2021, Excel 2024, Microsoft 365 (Excel 2016·2019는 지원하지 않음)',
    ...(offHost
      ? ['이 빌드는 Office.js를 Microsoft CDN에서 받습니다: 인터넷이 없는 업무망에서는 자체 호스트 빌드(기본값)를 쓰세요']
      : []),
  ],
  retry: '다시 시도',
};

export const officeUnavailableEn: OfficeUnavailableStrings = {
  title: 'Could not connect to Excel',
  failed: (reason, url, seconds) => {
    switch (reason) {
      case 'notLoaded':
        return `Office.js (${where(url)}) could not be loaded.`;
      case 'noAnswer':
        return `Office.js (${where(url)}) did not answer within ${seconds} seconds.`;
      case 'noHost':
        return 'Office.js did not find the Excel that opened this pane.';
    }
  },
  nothingOpened: 'No workbook was read or changed. Check the points below, then try again.',
  checksHeading: 'For the IT staff',
  checks: (url, offHost) => [
    `This PC can open ${where(url)} (the add-in server, firewall and proxy)`,
    "This PC trusts the add-in server's HTTPS certificate",
    'Excel version: Excel 2021, Excel 2024 or Microsoft 365 (not Excel 2016 or 2019)',
    ...(offHost
      ? [
          'This build loads Office.js from Microsoft’s CDN: on a network without internet, use the self-hosted build (the default)',
        ]
      : []),
  ],
  retry: 'Try again',
};
