import { exampleId, type ExampleBook } from "../../lib/openapi-examples";

/** Made by createWebhookEndpoint's example (and by the payment examples' events), used after it. */
const ENDPOINT = exampleId("whe", "shopfvlfilment");
const DELIVERY = exampleId("del", "shopdelivery");
const EVENT = exampleId("evt", "paymentsvcceeded");
const URL = "https://shop.example.com/webhooks/coreport";
const EVENTS_SEEN = ["receivePayToWebhook#confirmed"];

export const NOTIFICATIONS_EXAMPLES: ExampleBook = {
  listEventTypes: { cases: { catalogue: { summary: "Every event type a merchant can subscribe to", status: 200 } } },
  createWebhookEndpoint: {
    cases: {
      created: {
        summary: "Receive every event at the shop's endpoint",
        status: 201,
        body: { url: URL, eventTypes: ["*"], description: "Order fulfilment" },
        provides: { [ENDPOINT]: "$response.body#/id" },
      },
      plainHttp: { summary: "Endpoints must be public https URLs", code: "VALIDATION_FAILED", body: { url: "shop.example.com/webhooks", eventTypes: ["payment.succeeded"] } },
      unknownType: { summary: "An event type not in the catalogue", code: "VALIDATION_FAILED", body: { url: URL, eventTypes: ["payment.teleported"] } },
    },
    uncaused: { 422: "only when the merchant already has as many endpoints as allowed", 503: "only while WEBHOOK_SECRETS_KEY is not configured" },
  },
  listWebhookEndpoints: { cases: { endpoints: { summary: "The merchant's endpoints", status: 200 } }, uncaused: { 400: "never: the list takes no parameters" } },
  getWebhookEndpoint: {
    cases: {
      found: { summary: "An endpoint", status: 200, params: { id: ENDPOINT } },
      unknown: { summary: "No such endpoint", code: "NOT_FOUND", params: { id: exampleId("whe", "nosvchendpoint") } },
      badId: { summary: "Not an endpoint id", code: "VALIDATION_FAILED", params: { id: "fulfilment" } },
    },
  },
  updateWebhookEndpoint: {
    cases: {
      updated: { summary: "Change the description", status: 200, params: { id: ENDPOINT }, body: { description: "Order fulfilment (EU shop)" } },
      unknown: { summary: "No such endpoint", code: "NOT_FOUND", params: { id: exampleId("whe", "nosvchendpoint") }, body: { disabled: true } },
      badUrl: { summary: "Endpoints must be public https URLs", code: "VALIDATION_FAILED", params: { id: ENDPOINT }, body: { url: "http://10.0.0.1/hooks" } },
    },
  },
  rotateWebhookEndpointSecret: {
    cases: {
      rotated: { summary: "A new signing secret; the old one still signs for a day", status: 200, params: { id: ENDPOINT }, body: { gracePeriodSeconds: 86400 } },
      unknown: { summary: "No such endpoint", code: "NOT_FOUND", params: { id: exampleId("whe", "nosvchendpoint") }, body: {} },
      badGrace: { summary: "A grace period longer than allowed", code: "VALIDATION_FAILED", params: { id: ENDPOINT }, body: { gracePeriodSeconds: -1 } },
    },
    uncaused: { 503: "only while WEBHOOK_SECRETS_KEY is not configured" },
  },
  listWebhookDeliveries: {
    cases: {
      deliveries: { summary: "Deliveries to the endpoint, newest first", status: 200, params: { id: ENDPOINT }, provides: { [DELIVERY]: "$response.body#/data/0/id" }, after: EVENTS_SEEN },
      unknown: { summary: "No such endpoint", code: "NOT_FOUND", params: { id: exampleId("whe", "nosvchendpoint") } },
      badStatus: { summary: "A status filter that does not exist", code: "VALIDATION_FAILED", params: { id: ENDPOINT }, query: { status: "lost" } },
    },
  },
  getWebhookDelivery: {
    cases: {
      found: { summary: "A delivery with its attempts", status: 200, params: { id: ENDPOINT, deliveryId: DELIVERY } },
      unknown: { summary: "No such delivery", code: "NOT_FOUND", params: { id: ENDPOINT, deliveryId: exampleId("del", "nosvchdelivery") } },
      badId: { summary: "Not a delivery id", code: "VALIDATION_FAILED", params: { id: ENDPOINT, deliveryId: "latest" } },
    },
  },
  replayWebhookDelivery: {
    cases: {
      replayed: { summary: "Send the delivery again (same event id)", status: 200, params: { id: ENDPOINT, deliveryId: DELIVERY } },
      unknown: { summary: "No such delivery", code: "NOT_FOUND", params: { id: ENDPOINT, deliveryId: exampleId("del", "nosvchdelivery") } },
      badId: { summary: "Not a delivery id", code: "VALIDATION_FAILED", params: { id: ENDPOINT, deliveryId: "latest" } },
    },
    uncaused: { 409: "only while an attempt of the same delivery is in flight" },
  },
  deleteWebhookEndpoint: {
    cases: {
      deleted: { summary: "Stop sending to the endpoint", status: 200, params: { id: ENDPOINT }, after: ["replayWebhookDelivery#replayed", "getWebhookDelivery#found", "rotateWebhookEndpointSecret#rotated", "updateWebhookEndpoint#updated", "getWebhookEndpoint#found"] },
      unknown: { summary: "No such endpoint", code: "NOT_FOUND", params: { id: exampleId("whe", "nosvchendpoint") } },
      badId: { summary: "Not an endpoint id", code: "VALIDATION_FAILED", params: { id: "fulfilment" } },
    },
  },
  listEvents: {
    cases: {
      events: { summary: "Events of a payment", status: 200, query: { limit: "20" }, provides: { [EVENT]: "$response.body#/data/0/id" }, after: EVENTS_SEEN },
      byType: { summary: "payment.succeeded events only", status: 200, query: { type: "payment.succeeded" } },
      badLimit: { summary: "A page size above 100", code: "VALIDATION_FAILED", query: { limit: "1000" } },
    },
  },
  getEvent: {
    cases: {
      found: { summary: "An event with its payload", status: 200, params: { id: EVENT } },
      unknown: { summary: "No such event", code: "NOT_FOUND", params: { id: exampleId("evt", "nosvchevent") } },
      badId: { summary: "Not an event id", code: "VALIDATION_FAILED", params: { id: "payment.succeeded" } },
    },
  },
};
