// The Worker's zod (wrangler.toml [alias], vitest.config.ts): classic API, English messages, no locales.
import { z } from "@hono/zod-openapi";
import * as zod from "zod";
import { describe, expect, it } from "vitest";

describe("the Worker's zod", () => {
  it("is the slim build, the same one @hono/zod-openapi extends", () => {
    expect("locales" in zod).toBe(false);
    expect("fromJSONSchema" in zod).toBe(false);
    expect(z.ZodType).toBe(zod.ZodType);
    expect(typeof z.string().openapi).toBe("function");
  });

  it("still validates and speaks English", () => {
    const result = z.object({ amount: z.string().regex(/^\d+$/) }).safeParse({ amount: 5 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["amount"], message: "Invalid input: expected string, received number" });
    expect(z.coerce.number().parse("2")).toBe(2);
    expect(z.iso.datetime().safeParse("2026-01-01T00:00:00Z").success).toBe(true);
  });
});
