/**
 * fast-check properties that prove they test something: the predicate calls `reached()` after its
 * assertions, and the run fails unless every one of `numRuns` runs got there (a property whose
 * generator is filtered away, or whose assertions sit behind an `if`, would pass while asserting
 * nothing).
 */
import fc from "fast-check";
import { expect } from "vitest";

export function assertEveryRun(numRuns: number, property: (reached: () => void) => fc.IProperty<unknown> | fc.IAsyncProperty<unknown>): void | Promise<void> {
  let runs = 0;
  const made = property(() => runs++);
  const check = () => expect(runs, "runs that reached the assertions").toBe(numRuns);
  if (made.isAsync()) return fc.assert(made as fc.IAsyncProperty<unknown>, { numRuns }).then(check);
  fc.assert(made as fc.IProperty<unknown>, { numRuns });
  check();
}
