import { describe, expect, it } from 'vitest';
import { parseXml, XmlRefused } from './parse.ts';

describe('parseXml: the only way signed XML enters the signature code', () => {
  it('refuses DTDs, unknown entities and malformed XML with XmlRefused and a readable reason', () => {
    for (const xml of ['<!DOCTYPE r><r/>', '<r>&x;</r>', '<r>', '<a/><b/>', '', '<p:r/>']) {
      expect(() => parseXml(xml)).toThrow(XmlRefused);
    }
    expect(() => parseXml('<a></b>')).toThrow(/Opening and ending tag mismatch/);
  });

  it('accepts a leading byte order mark', () => {
    expect(parseXml('\uFEFF<?xml version="1.0"?><r>x</r>').documentElement?.textContent).toBe('x');
  });
});
