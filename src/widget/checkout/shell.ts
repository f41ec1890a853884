/**
 * The frame every checkout step is shown in: the alert region for errors, the current step, and a
 * polite live region for progress. A new step takes focus only after the customer acted, never on
 * first render (which would steal focus from the merchant's page).
 */
import type { ApiProblemError } from "../../client";
import { h } from "../dom";
import type { CheckoutEvent } from "../events";
import type { Timers } from "./timers";

export type Emit = (event: CheckoutEvent) => void;

function problemOf(error: unknown): { message: string; code?: string; status?: number; requestId?: string } {
  const e = error as Partial<ApiProblemError> | undefined;
  if (e && e.name === "ApiProblemError" && e.problem) {
    return { message: e.problem.detail, code: e.problem.code, status: e.status, requestId: e.requestId };
  }
  return { message: "Something went wrong. Please try again." };
}

export class Shell {
  private readonly main = h("div");
  private readonly live = h("div", { class: "sr", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  private readonly alert = h("div", { class: "alert", role: "alert" });
  /** Focus the heading of the next view (set once the customer acted). */
  moveFocus = false;

  constructor(
    root: ShadowRoot,
    private readonly timers: Timers,
    private readonly emit: Emit,
  ) {
    root.appendChild(h("section", { class: "card", "aria-label": "Payment" }, this.alert, this.main, h("p", { class: "foot" }, "Secured by CorePort"), this.live));
  }

  announce(text: string): void {
    // Clear then set, so repeating the same sentence is announced again.
    this.live.textContent = "";
    this.timers.later(50, () => (this.live.textContent = text));
  }

  /** An API problem (or any failure): its detail is shown and reported. */
  showError(error: unknown): void {
    const problem = problemOf(error);
    this.alert.textContent = problem.message;
    this.emit({ type: "error", ...problem });
  }

  /** A failure the widget itself detected: shown and reported like an API problem. */
  fail(message: string): void {
    this.alert.textContent = message;
    this.emit({ type: "error", message });
  }

  clearError(): void {
    this.alert.textContent = "";
  }

  /** Replaces the current step; focuses its heading when the customer caused the change. */
  show(view: HTMLElement): void {
    this.main.replaceChildren(view);
    if (this.moveFocus) view.querySelector<HTMLElement>("h2")?.focus();
  }
}
