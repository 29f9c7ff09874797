import type { Fill } from '../engine/edge';

/**
 * How both adapters draw report tables: the colours of the cell meanings (Excel's own light theme tints) as RGB
 * hex, with the border and link colours. exceljs wants them as ARGB (`FF` + the same), Office.js as `#RRGGBB`.
 */
export const FILL_RGB: Readonly<Record<Fill, string>> = {
  header: 'DDEBF7',
  label: 'F2F2F2',
  total: 'F7F7F7',
  error: 'FFC7CE',
  warning: 'FFEB9C',
  info: 'E2EFDA',
};
export const BORDER_RGB = '808080';
export const LINK_RGB = '0563C1';
