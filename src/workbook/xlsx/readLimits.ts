/**
 * The bounds the reader holds every package to (README "Safety"): Excel's own grid, and how much XML it inflates.
 * A part or a package past them is refused with a message naming the limit, before it can exhaust memory.
 */

/** Excel's grid: rows 1…1,048,576 and columns A…XFD. A cell, row or merge beyond it is no workbook Excel wrote. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

const MB = 1024 * 1024;
/** Inflated bytes one part may reach (a 2-million-cell sheet is about 80 MB of XML). */
export const MAX_PART_BYTES = 256 * MB;
/** Inflated bytes of every part read, together. */
export const MAX_TOTAL_BYTES = 512 * MB;
/** Bytes of the file itself read from disk (a .xlsx this size would inflate far past the caps above). */
export const MAX_FILE_BYTES = 256 * MB;

export const megabytes = (bytes: number): string => `${Math.round(bytes / MB)} MB`;
