/**
 * The published OpenAPI document: generated once per isolate from the registered routes, completed
 * with the errors the middleware can return (auth/openapi-security.ts) and with every operation's
 * named examples (routes/examples.ts), then served with this instance as its server.
 */
import { documentMiddlewareResponses } from "../../auth/openapi-security";
import type { AppOpenAPI } from "../../lib/create-router";
import { applyExamples, type OpenApiDoc } from "../../lib/openapi-examples";
import { EXAMPLES } from "../examples";

export const API_VERSION = "1.0.0";

const INFO = {
  title: "CorePort API",
  version: API_VERSION,
  description: "Fiat ⇄ stablecoin payment gateway. Amounts are decimal strings; errors are RFC 9457 `application/problem+json`.",
  contact: { name: "CorePort", url: "https://coreport.net" },
  license: { name: "Proprietary", identifier: "LicenseRef-CorePort" },
};

const TAGS = [
  { name: "System", description: "Liveness and dependency health" },
  { name: "Liquidity", description: "Operator endpoints (ADMIN_TOKEN bearer): liquidity pools that ramp orders reserve from" },
  { name: "Rates", description: "Exchange rates between fiat currencies and stablecoins: latest, by date, daily series" },
  { name: "Admin", description: "Operator endpoints (Authorization: Bearer <ADMIN_TOKEN>)" },
  { name: "Info", description: "Payment-form configuration (assets, payment types, locations, providers) and fee quotes" },
  { name: "Referrals", description: "FinTag referral declarations and referral fee splits" },
  { name: "Webhooks", description: "Provider callbacks (signed). Called by payment and ramp providers, never by merchants." },
  { name: "Payments", description: "Payment sessions of every method" },
  { name: "Orders", description: "On-ramp and off-ramp orders" },
  { name: "Notifications", description: "Signed event notifications to merchants (Standard Webhooks): endpoints, deliveries, events" },
];

const STATUS_ORDER = (a: string, b: string) => (a === "default" ? 1 : b === "default" ? -1 : Number(a) - Number(b));

/** Builds the document of `app` (its routes must all be registered). */
export function buildOpenApiDocument(app: AppOpenAPI): Record<string, unknown> {
  const doc = app.getOpenAPI31Document({ openapi: "3.1.0", info: INFO, tags: TAGS }) as unknown as OpenApiDoc & Record<string, unknown>;
  documentMiddlewareResponses(doc);
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) {
      if (op.responses) op.responses = Object.fromEntries(Object.entries(op.responses).sort(([a], [b]) => STATUS_ORDER(a, b)));
    }
  }
  applyExamples(doc, EXAMPLES);
  return doc;
}

/** A handler serving the document, built on first use; `servers` names the origin that was asked. */
export function openApiDocumentHandler(app: AppOpenAPI) {
  let doc: Record<string, unknown> | undefined;
  return (origin: string) => {
    doc ??= buildOpenApiDocument(app);
    return { ...doc, servers: [{ url: origin, description: "This CorePort instance" }] };
  };
}
