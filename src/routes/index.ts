import type { AppOpenAPI } from "../lib/create-router";
import { paymentsAdminRouter } from "./payments-admin/payments-admin.index";
import { systemRouter } from "./system/system.index";
import { webhooksRouter } from "./webhooks/webhooks.index";

/** Every API router, mounted under /api/v1 in this order. Capabilities add theirs here. */
export const apiRouters: AppOpenAPI[] = [systemRouter, webhooksRouter, paymentsAdminRouter];
