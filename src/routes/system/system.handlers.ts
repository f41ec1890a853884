import type { AppRouteHandler } from "../../lib/create-router";
import { HEALTH_CHECKS } from "../../services/health/checks";
import { runHealthChecks } from "../../services/health/health.service";
import type { health, ping } from "./system.routes";

export const pingHandler: AppRouteHandler<typeof ping> = (c) => {
  c.header("Cache-Control", "no-store");
  return c.json({ message: "pong" as const, time: new Date().toISOString() }, 200);
};

export const healthHandler: AppRouteHandler<typeof health> = async (c) => {
  const report = await runHealthChecks(c.env, HEALTH_CHECKS, c.get("log"));
  c.header("Cache-Control", "no-store");
  return report.status === "down" ? c.json(report, 503) : c.json(report, 200);
};
