/**
 * `<coreport-checkout>`: the widget as a custom element with an open shadow root (styles isolated
 * both ways). Options come from attributes, or from `options` set in script (what `mount()` does).
 * It starts when connected, and stops polling and timers when removed from the page.
 */
import { Checkout } from "./checkout/controller";
import type { CheckoutEvent } from "./events";
import { OptionsError, optionsFromAttributes, validateOptions, type CheckoutOptions } from "./options";
import { applyStyles } from "./styles";

export const TAG = "coreport-checkout";

export function defineElement(scriptOrigin: string | undefined): void {
  if (customElements.get(TAG)) return; // the script was included twice
  customElements.define(
    TAG,
    class CorePortCheckoutElement extends HTMLElement {
      /** Set by `mount()` before connecting; otherwise read from attributes. */
      options?: Partial<CheckoutOptions>;
      private checkout?: Checkout;

      connectedCallback(): void {
        if (this.checkout || this.pending) return;
        // Start after the page's own scripts have run: an element written in the HTML is upgraded
        // as soon as this script runs, before the merchant's script has added its event listeners.
        const begin = () => {
          this.pending = false;
          if (this.isConnected) this.begin();
        };
        this.pending = true;
        if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", begin, { once: true });
        else setTimeout(begin, 0);
      }

      private pending = false;

      private begin(): void {
        if (this.checkout) return;
        const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
        root.replaceChildren();
        applyStyles(root);
        const input = { ...optionsFromAttributes(this), ...this.options };
        const emit = (event: CheckoutEvent) => {
          try {
            input.onEvent?.(event);
          } catch (error) {
            console.error("CorePort: onEvent handler threw", error);
          }
          this.dispatchEvent(new CustomEvent(`coreport:${event.type}`, { detail: event, bubbles: true, composed: true }));
        };
        let options;
        try {
          options = validateOptions(input, scriptOrigin, location.href);
        } catch (error) {
          if (!(error instanceof OptionsError)) throw error;
          // The merchant's mistake: tell the developer, show the customer a neutral message.
          console.error(`CorePort: ${error.message}`);
          const p = document.createElement("p");
          p.setAttribute("role", "alert");
          p.textContent = "Payment is unavailable on this page right now.";
          root.appendChild(p);
          emit({ type: "error", message: error.message, code: "INVALID_OPTIONS" });
          return;
        }
        this.checkout = new Checkout(root, options, emit);
        this.checkout.start();
      }

      disconnectedCallback(): void {
        this.checkout?.destroy();
        this.checkout = undefined;
      }
    },
  );
}
