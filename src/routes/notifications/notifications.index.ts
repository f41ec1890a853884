import { createRouter } from "../../lib/create-router";
import * as h from "./notifications.handlers";
import * as routes from "./notifications.routes";

/** Merchant notification endpoints, their deliveries, and the event log (secret key), plus the public catalogue. */
export const notificationsRouter = createRouter()
  .openapi(routes.listEventTypes, h.listEventTypesHandler)
  .openapi(routes.createEndpoint, h.createEndpointHandler)
  .openapi(routes.listEndpoints, h.listEndpointsHandler)
  .openapi(routes.getEndpoint, h.getEndpointHandler)
  .openapi(routes.updateEndpoint, h.updateEndpointHandler)
  .openapi(routes.deleteEndpoint, h.deleteEndpointHandler)
  .openapi(routes.rotateSecret, h.rotateSecretHandler)
  .openapi(routes.listDeliveries, h.listDeliveriesHandler)
  .openapi(routes.getDelivery, h.getDeliveryHandler)
  .openapi(routes.replayDeliveryRoute, h.replayDeliveryHandler)
  .openapi(routes.listEvents, h.listEventsHandler)
  .openapi(routes.getEvent, h.getEventHandler);
