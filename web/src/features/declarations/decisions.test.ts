import { describe, expect, it } from 'vitest';
import { inboxOrder, reasonsOf, reasonsText } from './decisions.ts';

describe('an officer’s reasons shown to the declarant (ACC-21)', () => {
  it('reads text, lists and coded reasons', () => {
    expect(reasonsText('Нет инвойса')).toBe('Нет инвойса');
    expect(reasonsText(['A', 'B'])).toBe('A; B');
    expect(reasonsText({ codes: ['R01'], text: 'подробно' })).toBe('R01; подробно');
    expect(reasonsText(null)).toBe('');
    expect(
      reasonsOf({
        id: 'd',
        decision: 'refuse_release',
        reasons: ['R01'],
        reasonTexts: ['Нет лицензии'],
        office: '55501',
        decidedAt: '',
        readAt: null,
      }),
    ).toBe('Нет лицензии');
  });
});

describe('the decisions inbox (ACC-21)', () => {
  it('shows unread decisions first, each group newest first', () => {
    const decision = (id: string, decidedAt: string, readAt: string | null) => ({
      id,
      decision: 'release',
      reasons: null,
      office: '75000',
      decidedAt,
      readAt,
    });
    const ordered = inboxOrder([
      decision('a', '2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z'),
      decision('b', '2026-11-19T10:00:00Z', null),
      decision('c', '2026-11-21T10:00:00Z', null),
    ]);
    expect(ordered.map((d) => d.id)).toEqual(['c', 'b', 'a']);
  });
});
