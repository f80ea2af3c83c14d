import { afterEach } from 'vitest';

interface Running {
  adapter?: { stop(): Promise<unknown> } | undefined;
  fake?: { close(): Promise<unknown> } | undefined;
}

/**
 * After each test, stops the test's bot adapter and then closes the fake server it talks to (in that order, so the
 * adapter sends nothing to a closed server), then forgets both so the next test starts clean.
 */
export function stopAfterEach(running: () => Running, forget: () => void): void {
  afterEach(async () => {
    const { adapter, fake } = running();
    await adapter?.stop();
    await fake?.close();
    forget();
  });
}
