import { describe, expect, it, vi } from 'vitest';
import { DraftSaver, type SendDraft } from './draft-saver.ts';

/** A server that holds one copy and a revision, answering each save when the test lets it. */
function server() {
  const held = { document: undefined as unknown, revision: 1 };
  const waiting: (() => void)[] = [];
  const sent: unknown[] = [];
  const send: SendDraft = (document, revision) => {
    sent.push(document);
    return new Promise((resolve, reject) => {
      waiting.push(() => {
        if (revision !== held.revision) return reject(new Error('conflict'));
        held.document = document;
        resolve(++held.revision);
      });
    });
  };
  const answerAll = async () => {
    while (waiting.length > 0) {
      waiting.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { held, sent, send, answerAll, waiting };
}

const saverOn = (s: ReturnType<typeof server>, delayMs = 5) =>
  new DraftSaver({}, 1, s.send, { delayMs, isFinal: (e) => (e as Error).message === 'conflict', onChange: () => {} });

describe('the editor’s autosave queue (issue 6 point 2, issue 19 point 3)', () => {
  it('a change made while a save is on its way is sent after it, never dropped', async () => {
    const s = server();
    const saver = saverOn(s, 1);
    saver.change({ a: 1 });
    await vi.waitFor(() => expect(s.sent).toEqual([{ a: 1 }]));
    saver.change({ a: 1, b: 2 }); // typed while the first save is on its way
    await vi.waitFor(async () => {
      await s.answerAll();
      expect(s.held.document).toEqual({ a: 1, b: 2 });
      expect(saver.state).toBe('saved');
    });
  });

  it('flush waits for the save on its way and then sends the last change: leaving never reads an older copy', async () => {
    const s = server();
    const saver = saverOn(s, 10_000);
    saver.change({ a: 1 });
    const first = saver.flush();
    saver.change({ a: 1, b: 2 });
    const second = saver.flush();
    for (let i = 0; i < 5; i++) {
      await s.answerAll();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(s.held.document).toEqual({ a: 1, b: 2 });
  });

  it('leaving the editor sends at once what the delay would have sent later', async () => {
    const s = server();
    const saver = saverOn(s, 60_000);
    saver.change({ last: 'edit' });
    saver.leave();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await s.answerAll();
    expect(s.held.document).toEqual({ last: 'edit' });
  });

  it('a page closing while a save is on its way sends the last change at once, over the revision that save answers', async () => {
    const s = server();
    const saver = saverOn(s, 60_000);
    saver.change({ a: 1 });
    void saver.flush(); // on its way, its answer not read yet
    saver.change({ a: 1, b: 2 });
    saver.leave({ keepalive: true }); // the page is closing: that answer may never be read
    expect(s.sent).toEqual([{ a: 1 }, { a: 1, b: 2 }]);
    await s.answerAll();
    expect(s.held.document).toEqual({ a: 1, b: 2 });
    // the page kept (back from the cache): the saver knows the server's revision and saves on over it
    expect(saver.state).toBe('saved');
    expect(saver.currentRevision()).toBe(3);
    saver.change({ a: 1, b: 2, c: 3 });
    const flushed = saver.flush();
    await s.answerAll();
    expect(await flushed).toBe(true);
    expect(s.held.document).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('a save refused as stale stops saving and says conflict; flush answers false', async () => {
    const s = server();
    s.held.revision = 7; // another window saved meanwhile
    const saver = saverOn(s);
    saver.change({ mine: true });
    const flushed = saver.flush();
    await s.answerAll();
    expect(await flushed).toBe(false);
    expect(saver.state).toBe('conflict');
    saver.change({ mine: 'again' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(s.sent).toHaveLength(1);
  });

  it('a failed save is tried again a moment later', async () => {
    const s = server();
    let failures = 1;
    const states: string[] = [];
    const saver: DraftSaver = new DraftSaver(
      {},
      1,
      (document, revision, options) =>
        failures-- > 0 ? Promise.reject(new Error('offline')) : s.send(document, revision, options),
      { delayMs: 2, isFinal: () => false, onChange: () => states.push(saver.state) },
    );
    saver.change({ a: 1 });
    // however slow the machine, the retry comes and is answered
    await vi.waitFor(async () => {
      await s.answerAll();
      expect(s.held.document).toEqual({ a: 1 });
      expect(saver.state).toBe('saved');
    });
    expect(states).toEqual(['pending', 'saving', 'failed', 'saving', 'saved']);
  });

  it('asks before a closing page only while a change too large to go with it is not saved', async () => {
    const s = server();
    const saver = saverOn(s, 1_000);
    const large = { items: Array.from({ length: 300 }, (_, n) => ({ n, description: 'Товар '.repeat(20) })) };
    expect(saver.unsavedBeyondKeepalive()).toBe(false);
    saver.change({ a: 1 });
    expect(saver.unsavedBeyondKeepalive()).toBe(false); // small: it goes with the closing page
    saver.change(large);
    expect(saver.unsavedBeyondKeepalive()).toBe(true);
    const flushed = saver.flush();
    await vi.waitFor(async () => {
      await s.answerAll();
      expect(await flushed).toBe(true);
    });
    expect(saver.unsavedBeyondKeepalive()).toBe(false); // saved: nothing to lose
  });
});
