import { josa, type Message } from '../../engine/edge';

/** Why the browser's port did not insert report tables; the pane shows the message in the picker. */

export const selectionUnsupported: Message = {
  ko: '이 화면에서는 새 시트에 삽입만 지원합니다. [새 시트에 삽입]을 사용하세요.',
  en: 'Here tables can only be inserted on a new sheet. Use “Insert on a new sheet”.',
};

/** The copy exceljs writes would drop these parts, so the insertion is refused rather than lose them unseen. */
export const wouldLoseParts = (parts: ReadonlyArray<Message>): Message => ({
  ko: `이 파일에는 ${josa(parts.map((p) => p.ko).join(', '), '이/가')} 있어 표를 삽입하면 사라질 수 있으므로 삽입하지 않았습니다. Excel 추가 기능에서 삽입하세요.`,
  en: `This file holds ${parts.map((p) => p.en).join(', ')}, which inserting a table here could lose, so nothing was inserted. Insert it with the Excel add-in.`,
});

export const cannotOpen: Message = {
  ko: '통합 문서를 다시 쓸 수 없어 표를 삽입하지 않았습니다. Excel에서 다시 저장한 뒤 시도하세요.',
  en: 'The workbook could not be rewritten, so no table was inserted. Save it again in Excel and retry.',
};
