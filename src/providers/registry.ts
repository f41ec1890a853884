/**
 * The adapter for each payment method, chosen by configuration (PAYMENT_PROVIDER_MODE, see mode.ts):
 * sandbox adapters in development and tests, live ones with credentials from secrets. Configuration
 * is read per request (bindings only exist then); a missing or unsafe setting is a 503 problem that
 * names it.
 */
import type { Bindings } from "../env";
import { createCorepayAdapter, readCorepayConfig, type CorepayAdapter } from "./corepay/adapter";
import { createMyposAdapter, type MyposAdapter } from "./mypos/adapter";
import { readMyposConfig } from "./mypos/config";
import { createPaytoAdapter, readPaytoConfig, type PaytoAdapter } from "./payto/adapter";
import type { PaymentMethod } from "./types";

export interface PaymentAdapters {
  mypos: MyposAdapter;
  payto: PaytoAdapter;
  corepay: CorepayAdapter;
}

const FACTORIES: { [M in PaymentMethod]: (env: Bindings) => PaymentAdapters[M] } = {
  mypos: (env) => createMyposAdapter(readMyposConfig(env)),
  payto: (env) => createPaytoAdapter(readPaytoConfig(env)),
  corepay: (env) => createCorepayAdapter(readCorepayConfig(env)),
};

export function paymentAdapter<M extends PaymentMethod>(env: Bindings, method: M): PaymentAdapters[M] {
  return FACTORIES[method](env);
}
