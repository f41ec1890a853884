import type { AppOpenAPI } from "../lib/create-router";
import { adminRouter } from "./admin/merchants.index";
import { notificationsRouter } from "./notifications/notifications.index";
import { recordsRouter } from "./records/records.index";
import { systemRouter } from "./system/system.index";

/** Every API router, mounted under /api/v1 in this order. Capabilities add theirs here. */
export const apiRouters: AppOpenAPI[] = [systemRouter, adminRouter, recordsRouter, notificationsRouter];
