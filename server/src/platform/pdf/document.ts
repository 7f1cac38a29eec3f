import type { SupportContacts } from '../support/contacts.ts';

/**
 * What a printable document is made of: a title and a list of blocks, laid out top to bottom on
 * A4 pages. Text is given ready in the reader's language; the renderer adds nothing in words of
 * its own except what `pageNumbers` says.
 */
export interface PdfDocument {
  /** Printed at the top of the first page and stored as the file's title. */
  title: string;
  /** Language of the text, for screen readers and search ('kk', 'ru' or 'en'). */
  language: 'kk' | 'ru' | 'en';
  author?: string;
  /** Wide journals print better across the page. */
  orientation?: 'portrait' | 'landscape';
  /** Page margins in points; default 56 (2 cm). Forms of boxes use the page almost to its edges. */
  margin?: number;
  /** A small line at the top of every page, e.g. the issuing body's name. */
  header?: string;
  /** The footer of every page, `{page}` and `{pages}` filled in; default '{page} / {pages}'. */
  pageNumbers?: string;
  /**
   * How to reach the support service, printed in the document's language at the foot of every page
   * (REG-13): every letter to an applicant carries it, so a reader the portal fails knows whom to call.
   */
  support?: SupportContacts;
  /** Stored as the file's creation date; fixing it makes the output byte-for-byte repeatable. */
  createdAt?: Date;
  blocks: readonly PdfBlock[];
}

export type PdfBlock =
  | PdfHeading
  | PdfParagraph
  | PdfFields
  | PdfTable
  | PdfSignature
  | PdfSpace
  | PdfPageBreak
  | PdfQrCode
  | PdfSheet;

/**
 * A form of boxes at fixed places, as an official form prints them (the goods declaration's sheets):
 * the text width is cut into `columns` equal columns and the height into rows of `rowHeight`
 * points; each box takes a rectangle of them, its small label at the top and its value below,
 * cut with an ellipsis where it does not fit. Starts a new page when it does not fit on this one.
 */
export interface PdfSheet {
  type: 'sheet';
  columns: number;
  rowHeight: number;
  /** Rows of the grid; the sheet's height is rows × rowHeight. */
  rows: number;
  boxes: readonly PdfBox[];
}

export interface PdfBox {
  /** Left column and top row (from 0), and how many of each the box spans. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Printed small at the top: the box's number and name ("31 Грузовые места и описание товаров"). */
  label?: string;
  value?: string;
  /** A title printed large and bold, with no frame (the form's name). */
  title?: boolean;
  /** The value's point size; default 7.5. */
  size?: number;
}

/** A QR code of `text` (the address of a public check page), with a caption beside it; kept on one page. */
export interface PdfQrCode {
  type: 'qr';
  text: string;
  caption?: string;
  /** Points, the quiet zone included; default 100. */
  size?: number;
}

export interface PdfHeading {
  type: 'heading';
  text: string;
}

export interface PdfParagraph {
  type: 'paragraph';
  text: string;
  align?: 'left' | 'center' | 'right' | 'justify';
  bold?: boolean;
}

/** Label–value lines ("ИИН: 880101300123"). An empty value prints a line to fill in by hand (blank forms). */
export interface PdfFields {
  type: 'fields';
  fields: readonly { label: string; value: string }[];
  /** Share of the text width given to the labels; default 0.4. */
  labelWidth?: number;
}

/** A table whose cells wrap; when it runs onto a new page, its header row is repeated there. */
export interface PdfTable {
  type: 'table';
  columns: readonly PdfColumn[];
  rows: readonly (readonly string[])[];
}

export interface PdfColumn {
  header: string;
  /** Relative width; columns share the text width in proportion (default 1 each). */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

/** Who signs, with a line for each signature, and the date (or a line for it); kept on one page. */
export interface PdfSignature {
  type: 'signature';
  signers: readonly { role: string; name?: string }[];
  dateLabel: string;
  /** Printed as given; leave out for a line to write the date on. */
  date?: string;
}

export interface PdfSpace {
  type: 'space';
  /** Points; default one line. */
  height?: number;
}

export interface PdfPageBreak {
  type: 'pageBreak';
}
