import type { ExampleBook } from "../../lib/openapi-examples";

export const LIQUIDITY_EXAMPLES: ExampleBook = {
  listLiquidityPools: { cases: { pools: { summary: "Every pool", status: 200 } } },
  getLiquidityPool: {
    cases: {
      pool: { summary: "The EURX pool", status: 200, params: { asset: "EURX" } },
      unknown: { summary: "No such asset", code: "NOT_FOUND", params: { asset: "XYZX" } },
      badCode: { summary: "Not an asset code", code: "VALIDATION_FAILED", params: { asset: "EUR-X" } },
    },
  },
  setLiquidityPool: {
    cases: {
      set: { summary: "Set what the EURX pool holds", status: 200, params: { asset: "EURX" }, body: { size: "1000000.00", lowWaterMark: "100000.00" } },
      stale: { summary: "expectedVersion no longer current", code: "CONFLICT", params: { asset: "EURX" }, body: { size: "1000000.00", expectedVersion: 1 }, after: ["setLiquidityPool#set"] },
      unknown: { summary: "No such asset", code: "NOT_FOUND", params: { asset: "XYZX" }, body: { size: "1000.00" } },
      tooPrecise: { summary: "More decimals than the asset has", code: "VALIDATION_FAILED", params: { asset: "EURX" }, body: { size: "1000.0000001" } },
    },
  },
};
