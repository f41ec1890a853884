/**
 * CorePort checkout widget. Embed:
 *
 *   <script src="https://<corepport>/widget/v1/coreport.js" integrity="sha384-…" crossorigin="anonymous"></script>
 *   CorePort.mount("#pay", { publishableKey: "pk_test_…", amount: "25.00", currency: "EUR", reference: "ORDER-1042", onEvent })
 *
 * or declaratively: <coreport-checkout publishable-key="pk_test_…" amount="25.00" currency="EUR" reference="ORDER-1042">.
 */
import { defineElement, TAG } from "./element";
import type { CheckoutEvent } from "./events";
import type { CheckoutOptions } from "./options";

declare const __WIDGET_VERSION__: string;

/** Where this script came from: the default API origin. Only readable while the script first runs. */
function scriptOrigin(): string | undefined {
  const script = document.currentScript as HTMLScriptElement | null;
  try {
    return script?.src ? new URL(script.src).origin : undefined;
  } catch {
    return undefined;
  }
}

export interface MountHandle {
  /** The `<coreport-checkout>` element; its `coreport:<type>` events mirror `onEvent`. */
  element: HTMLElement;
  /** Removes the widget and stops everything it was doing. */
  unmount(): void;
}

function mount(target: string | Element, options: CheckoutOptions): MountHandle {
  const host = typeof target === "string" ? document.querySelector(target) : target;
  if (!host) throw new Error(`CorePort.mount: no element matches ${String(target)}`);
  const element = document.createElement(TAG) as HTMLElement & { options?: CheckoutOptions };
  element.options = options;
  host.replaceChildren(element);
  return { element, unmount: () => element.remove() };
}

const origin = scriptOrigin();
defineElement(origin);

const api = { version: __WIDGET_VERSION__, mount };
export type { CheckoutEvent, CheckoutOptions };
declare global {
  interface Window {
    CorePort?: typeof api;
  }
}
window.CorePort ??= api;
