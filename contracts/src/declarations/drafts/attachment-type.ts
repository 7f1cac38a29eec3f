import { fileExtension } from '../../domain/index.ts';

/** The file types a declaration accepts as attachments (issue 6 point 2: PDF and images). */
export const attachmentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentType = (typeof attachmentTypes)[number];

// The first bytes every file of the type begins with: the declared type alone proves nothing.
const signatures: Record<AttachmentType, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/**
 * The extensions a file of each type may be named with: an officer opens an attachment by its
 * name, so `scan.hta` or `scan.bat` must not arrive even when its bytes are a PDF's.
 */
export const attachmentExtensions: Record<AttachmentType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

/** Whether `name` ends with an extension of `type` (case aside). */
export function nameFitsType(type: AttachmentType, name: string): boolean {
  return attachmentExtensions[type].includes(fileExtension(name));
}

export function isAttachmentType(value: string): value is AttachmentType {
  return (attachmentTypes as readonly string[]).includes(value);
}

/** Whether `content` begins as a file of `type` does. */
export function contentMatchesType(type: AttachmentType, content: Uint8Array): boolean {
  const signature = signatures[type];
  return content.length >= signature.length && signature.every((byte, index) => content[index] === byte);
}
