import { createRouter } from "../../lib/create-router";
import { requireAdmin } from "../../middleware/admin-auth";
import { getPoolHandler, listPoolsHandler, setPoolHandler } from "./liquidity.handlers";
import * as routes from "./liquidity.routes";

const router = createRouter();
router.use("/admin/liquidity", requireAdmin);
router.use("/admin/liquidity/*", requireAdmin);

export const liquidityRouter = router
  .openapi(routes.listPools, listPoolsHandler)
  .openapi(routes.getPool, getPoolHandler)
  .openapi(routes.setPool, setPoolHandler);
