import { describe, expect, it } from 'vitest';
import {
  type ControlMessage,
  fieldMessage,
  indexMessages,
  messageOf,
  messagesOfReport,
  sameMessages,
} from './findings.ts';

const error = (path: string, text = 'e'): ControlMessage => ({ rule: 'r', severity: 'error', path, text });

describe('control messages in the editor (issue 6 point 4)', () => {
  it('fills a rule’s message in the user’s language with the finding’s values', () => {
    const finding = {
      rule: 'goods.item.net-le-gross',
      severity: 'error' as const,
      path: 'items.0.netMass',
      params: { net: 12, gross: 10 },
      message: { kk: 'таза {net} > {gross}', ru: 'нетто {net} > брутто {gross}', en: 'net {net} > gross {gross}' },
    };
    expect(messageOf(finding, 'ru').text).toBe('нетто 12 > брутто 10');
    expect(messageOf(finding, 'en')).toMatchObject({
      rule: 'goods.item.net-le-gross',
      severity: 'error',
      path: 'items.0.netMass',
      text: 'net 12 > gross 10',
    });
  });

  it('reads the server’s localised report', () => {
    const messages = messagesOfReport({
      errors: [{ rule: 'a', path: 'x', message: 'X' }],
      warnings: [{ rule: 'b', path: 'y', message: 'Y' }],
    });
    expect(messages.map((m) => m.severity)).toEqual(['error', 'warning']);
  });

  it('indexes messages by field and by item, and counts errors and warnings', () => {
    const index = indexMessages([
      error('items.2.hsCode'),
      error('items.2.netMass'),
      { ...error('totalItems'), severity: 'warning' },
    ]);
    expect(index.byItem.get(2)).toHaveLength(2);
    expect(index.byPath.get('totalItems')).toHaveLength(1);
    expect([index.errors, index.warnings]).toEqual([2, 1]);
  });

  it('puts errors before warnings at a field, and tells equal row messages apart from changed ones', () => {
    expect(fieldMessage([{ ...error('a', 'warn'), severity: 'warning' }, error('a', 'err')])).toBe('err warn');
    expect(fieldMessage(undefined)).toBeUndefined();
    expect(sameMessages([error('a')], [error('a')])).toBe(true);
    expect(sameMessages([error('a')], [error('a', 'other')])).toBe(false);
    expect(sameMessages(undefined, [])).toBe(false);
  });
});
