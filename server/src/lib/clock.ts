/**
 * The server's "now" for services and sweeps. It is the system clock, except in a server started
 * with TEST_CLOCK=1 (never in production), where browser tests move it through `PUT /api/v1/test/clock`
 * to see deadlines pass.
 */
let offsetMs = 0;

export const now = () => new Date(Date.now() + offsetMs);

/** From here on the clock runs from `at`; null returns it to the system clock. */
export function setClock(at: Date | null): void {
  offsetMs = at ? at.getTime() - Date.now() : 0;
}
