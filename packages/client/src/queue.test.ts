import { describe, expect, it } from 'vitest';
import { CallQueue } from './queue.js';

describe('CallQueue', () => {
  it('never starts more calls than the limit in any window', async () => {
    const q = new CallQueue({ maxCalls: 3, timeWindow: 0.1 });
    const starts: number[] = [];
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: 7 }, () => q.schedule(async () => void starts.push(Date.now() - t0))),
    );
    expect(starts).toHaveLength(7);
    for (let i = 3; i < starts.length; i++)
      expect((starts[i] ?? 0) - (starts[i - 3] ?? 0)).toBeGreaterThanOrEqual(99);
  });

  it('drops a queued call whose signal aborts', async () => {
    const q = new CallQueue({ maxCalls: 1, timeWindow: 10 });
    await q.schedule(async () => 1);
    const ctrl = new AbortController();
    let ran = false;
    const p = q.schedule(async () => void (ran = true), ctrl.signal);
    ctrl.abort();
    await expect(p).rejects.toMatchObject({ code: 'aborted' });
    expect(ran).toBe(false);
  });
});
