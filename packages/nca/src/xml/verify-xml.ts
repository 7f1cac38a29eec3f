import { DerError } from '../asn1/der.ts';
import { XmlShapeError } from './dom.ts';
import { malformed, type XmlCheckCode, XmlCheckFailure } from './failure.ts';
import type { XmlLimits } from './limits.ts';
import { parseXml, XmlRefused } from './parse.ts';
import { SignedDocument, type XmlSigner } from './signature-element.ts';

export type { XmlCheckCode } from './failure.ts';
export type { XmlSigner } from './signature-element.ts';

export type XmlCheck = { ok: true; signers: XmlSigner[] } | { ok: false; code: XmlCheckCode; detail: string };

export const maxSignatures = 16;

/**
 * Checks every enveloped XMLDSig/XAdES signature in a document, as NCALayer makes them (ACC-9,
 * REG-4): that each covers the whole document, that the covered content is unchanged and that the
 * key in KeyInfo signed it. Trust in that key (chain, validity, revocation) and the time-stamp
 * token are checked elsewhere. `limits` bound the document's shape (xml/limits.ts). Never throws:
 * every failure maps to a code.
 */
export function checkXml(xml: string, options: { limits?: XmlLimits } = {}): XmlCheck {
  try {
    if (typeof xml !== 'string') throw malformed('not a string');
    const signed = new SignedDocument(parseXml(xml, options.limits), xml.length);
    if (signed.signatures.length === 0) throw malformed('the document has no ds:Signature');
    if (signed.signatures.length > maxSignatures) throw malformed(`more than ${maxSignatures} signatures`);
    const signers = signed.signatures.map((signature, index) => {
      try {
        return signed.check(signature);
      } catch (error) {
        if (error instanceof XmlCheckFailure)
          throw new XmlCheckFailure(error.code, `signature ${index + 1}: ${error.message}`);
        throw error;
      }
    });
    return { ok: true, signers };
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): XmlCheck {
  if (error instanceof XmlCheckFailure) return { ok: false, code: error.code, detail: error.message };
  const known = error instanceof XmlRefused || error instanceof XmlShapeError || error instanceof DerError;
  // Anything else (a stack overflow on absurd nesting, say) is still the input's fault.
  return {
    ok: false,
    code: 'SIG_MALFORMED',
    detail: known ? error.message : `unreadable signature (${error instanceof Error ? error.name : 'error'})`,
  };
}
