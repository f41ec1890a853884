import { describe, expect, it } from "vitest";
import { originMatcher } from "../../src/middleware/cors";

describe("originMatcher", () => {
  const allowed = originMatcher("https://shop.example.com, https://*.merchant.io ,http://localhost:8788/");
  it.each([
    ["https://shop.example.com", true],
    ["https://SHOP.example.com", true],
    ["http://localhost:8788", true],
    ["https://a.merchant.io", true],
    ["https://a.b.merchant.io", true],
    ["https://merchant.io", false],
    ["http://a.merchant.io", false],
    ["https://evilmerchant.io", false],
    ["https://shop.example.com.evil.io", false],
    ["https://user@a.merchant.io", false],
  ])("%s → %s", (origin, expected) => {
    expect(allowed(origin)).toBe(expected);
  });
});
