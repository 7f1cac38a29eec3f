/** What a closing page may still send (64 KiB for all its keepalive requests), less the request's own words. */
export const keepaliveLimitBytes = 60 * 1024;

export type SaveState = 'saved' | 'pending' | 'saving' | 'conflict' | 'failed';

/** Sends one copy of the document over the revision it was read at; answers the new revision. */
export type SendDraft = (document: unknown, revision: number, options: { keepalive: boolean }) => Promise<number>;

/**
 * The editor's autosave queue, apart from React so its rules can be tested alone:
 * - one save at a time, each over the revision the last one answered;
 * - a change made while a save is on its way is sent after it, never dropped;
 * - `flush()` resolves only once the copy the user sees is the one the server holds (or saving
 *   failed or stopped), so leaving the editor, checking on the server or going to sign never
 *   reads an older copy (issue 19 point 3);
 * - a page closing while a save is on its way sends the last change at once, not after that save;
 * - a save refused as stale (`isFinal`) stops saving: one window never overwrites another's work.
 */
export class DraftSaver {
  private latest: unknown;
  private saved: unknown;
  private revision: number;
  private inFlight: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  state: SaveState = 'saved';
  error: unknown;

  constructor(
    document: unknown,
    revision: number,
    private readonly send: SendDraft,
    private readonly options: {
      delayMs: number;
      /** Whether a refusal means no later save can succeed (a conflict, a document no longer editable). */
      isFinal: (error: unknown) => boolean;
      onChange: () => void;
    },
  ) {
    this.latest = document;
    this.saved = document;
    this.revision = revision;
  }

  currentRevision(): number {
    return this.revision;
  }

  /**
   * Whether a change not yet saved is too large to go out with a closing page: browsers carry at
   * most 64 KiB of such requests (fetch's `keepalive`), which a goods declaration passes at about
   * 80 items. The editor then asks before the page closes.
   */
  unsavedBeyondKeepalive(limitBytes = keepaliveLimitBytes): boolean {
    if (this.stopped || this.latest === this.saved) return false;
    return new TextEncoder().encode(JSON.stringify(this.latest)).length > limitBytes;
  }

  /** The user changed the document: it is saved a moment after the last change. */
  change(document: unknown): void {
    this.latest = document;
    if (this.stopped || document === this.saved) return;
    this.setState('pending');
    this.schedule(this.options.delayMs);
  }

  /** Saves now whatever is not saved yet, after any save on its way; answers whether all is saved. */
  async flush(options: { keepalive?: boolean } = {}): Promise<boolean> {
    clearTimeout(this.timer);
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (this.stopped) return false;
      if (this.latest === this.saved) return true;
      if (!(await this.saveOnce(options.keepalive ?? false))) return false;
    }
  }

  /**
   * The editor is gone: what is not saved yet is sent at once (kept alive if the page is closing).
   * A closing page never reads the answer of a save on its way, so waiting for it would lose the
   * last change: that change goes at once, over the revision the save on its way will answer.
   */
  leave(options: { keepalive?: boolean } = {}): void {
    clearTimeout(this.timer);
    if (this.stopped || this.latest === this.saved) return;
    if (options.keepalive && this.inFlight) void this.saveOnce(true, this.revision + 1);
    else void this.flush(options);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.inFlight) return; // the save on its way schedules the next one when it ends
      void this.saveOnce(false);
    }, delayMs);
  }

  private saveOnce(keepalive: boolean, over = this.revision): Promise<boolean> {
    const sending = this.latest;
    this.setState('saving');
    const attempt = this.send(sending, over, { keepalive }).then(
      (revision) => {
        // of two saves answered out of turn, the later revision holds the later copy
        if (revision > this.revision) {
          this.revision = revision;
          this.saved = sending;
        }
        this.error = undefined;
        return true;
      },
      (error: unknown) => {
        this.error = error;
        if (this.options.isFinal(error)) this.stopped = true;
        return false;
      },
    );
    const inFlight: Promise<boolean> = attempt.then((ok) => {
      if (this.inFlight !== inFlight) return ok; // a later save is on its way: it settles the state
      this.inFlight = null;
      if (this.stopped) this.setState('conflict');
      else if (!ok) this.setState('failed');
      else this.setState(this.latest === this.saved ? 'saved' : 'pending');
      // a change made during the save, or a failed save, is tried again a moment later
      if (!this.stopped && this.latest !== this.saved) this.schedule(this.options.delayMs);
      return ok;
    });
    this.inFlight = inFlight;
    return inFlight;
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onChange();
  }
}
