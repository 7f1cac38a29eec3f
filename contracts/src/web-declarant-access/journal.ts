/**
 * The columns of the journal of applications (Annex 2, WD-18, WD-36) after the customs body's
 * code, in the order of the annex: the screen, the CSV and the PDF print them alike.
 */
export const journalColumns = [
  'number',
  'userName',
  'taxpayerNumber',
  'okpo',
  'actualAddress',
  'legalAddress',
  'stickerCode',
  'email',
  'phone',
  'receivedOn',
  'status',
] as const;

export type JournalColumn = (typeof journalColumns)[number];
