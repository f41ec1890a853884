/**
 * ISO 4217 as data (List One): minor units per currency, and the check of fiat rows against it when
 * the configuration loads. Vectors: codes and minor units as List One gives them (JPY 0, EUR 2,
 * KWD 3, CLF 4; XAU has "N.A." and is not money; HRK is withdrawn).
 */
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { iso4217MinorUnit, iso4217Problem } from "../../src/lib/iso4217";
import { invalidateConfig, getConfigSnapshot } from "../../src/services/config/config-cache";

describe("ISO 4217 minor units", () => {
  it.each([
    ["JPY", 0], ["KRW", 0], ["ISK", 0], ["XOF", 0], ["EUR", 2], ["GBP", 2], ["USD", 2], ["CHF", 2],
    ["BHD", 3], ["KWD", 3], ["JOD", 3], ["OMR", 3], ["TND", 3], ["CLF", 4], ["UYW", 4],
  ])("%s has %i decimals", (code, minor) => {
    expect(iso4217MinorUnit(code)).toBe(minor);
    expect(iso4217Problem(code, minor)).toBeUndefined();
  });

  it("knows no withdrawn code, no metal and no made-up code", () => {
    for (const code of ["HRK", "XAU", "XTS", "XXX", "EURX", "usd", "ABC"]) expect(iso4217MinorUnit(code)).toBeUndefined();
    expect(iso4217Problem("JPY", 2)).toBe("ISO 4217 gives JPY 0 decimals, not 2");
    expect(iso4217Problem("HRK", 2)).toMatch(/not an active ISO 4217/);
  });
});

describe("fiat rows checked against ISO 4217 when the configuration loads", () => {
  afterEach(async () => {
    await env.DB.prepare("UPDATE assets SET decimals = 0 WHERE code = 'JPY'").run();
    await env.DB.prepare("DELETE FROM assets WHERE code = 'XYZ'").run();
    await invalidateConfig(env);
  });

  it("leaves out a fiat currency with the wrong decimals or an unknown code, and says why", async () => {
    await env.DB.prepare("UPDATE assets SET decimals = 2 WHERE code = 'JPY'").run();
    await env.DB.prepare(
      `INSERT INTO assets (code, name, kind, decimals, fiat_code, purchasable, unwrappable, min_amount, enabled, sort_order)
       VALUES ('XYZ', 'Not a currency', 'fiat', 2, 'XYZ', 0, 0, '1', 1, 999)`,
    ).run();
    await invalidateConfig(env);
    const snapshot = await getConfigSnapshot(env);
    expect(snapshot.assets.map((a) => a.code)).not.toContain("JPY");
    expect(snapshot.assets.map((a) => a.code)).not.toContain("XYZ");
    expect(snapshot.assets.map((a) => a.code)).toEqual(expect.arrayContaining(["EUR", "KWD"]));
    expect(snapshot.problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/JPY.*ISO 4217 gives JPY 0 decimals, not 2/),
      expect.stringMatching(/XYZ.*not an active ISO 4217 currency code/),
    ]));
  });
});
