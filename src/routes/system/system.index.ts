import { createRouter } from "../../lib/create-router";
import { healthHandler, pingHandler } from "./system.handlers";
import * as routes from "./system.routes";

export const systemRouter = createRouter().openapi(routes.ping, pingHandler).openapi(routes.health, healthHandler);
