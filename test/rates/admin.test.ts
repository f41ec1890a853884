import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, expectProblem, postJson } from "../helpers/http";
import { ADMIN, restoreRatesAfterEach, type RateBody } from "./helpers";

const PATH = "/api/v1/admin/rates";

async function latest(quote: string) {
  return env.DB.prepare("SELECT rate, source, as_of AS asOf FROM exchange_rates WHERE base = 'EUR' AND quote = ?").bind(quote).first<{ rate: string; source: string; asOf: number }>();
}
async function daily(quote: string, date: string) {
  return env.DB.prepare("SELECT rate, source FROM exchange_rate_history WHERE base = 'EUR' AND quote = ? AND date = ?").bind(quote, date).first<{ rate: string; source: string }>();
}
const today = () => new Date().toISOString().slice(0, 10);

restoreRatesAfterEach();

describe("POST /api/v1/admin/rates: authentication", () => {
  it.each([
    ["no token", {}],
    ["a wrong token", { Authorization: "Bearer test-admin-tokeX" }],
    ["a basic header", { Authorization: "Basic dGVzdC1hZG1pbi10b2tlbg==" }],
  ])("refuses %s with 401 before looking at the body", async (_name, headers) => {
    const res = await postJson(PATH, { nonsense: true }, headers as Record<string, string>);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
    expect((await expectProblem(res, 401)).code).toBe("UNAUTHORIZED");
  });

  it("is documented with the bearer security scheme", async () => {
    const doc = await (await api("/api/v1/openapi.json")).json<{ paths: Record<string, Record<string, { security?: unknown }>>; components: { securitySchemes: Record<string, unknown> } }>();
    expect(doc.paths["/api/v1/admin/rates"]?.post?.security).toEqual([{ adminToken: [] }]);
    expect(doc.components.securitySchemes.adminToken).toMatchObject({ type: "http", scheme: "bearer" });
  });
});

describe("POST /api/v1/admin/rates: writes", () => {
  it("writes latest and daily rows in one go, resolving stablecoins, and lookups see them at once", async () => {
    const res = await postJson(PATH, { base: "EUR", rates: { USD: "1.0900", GBPX: "0.85000" } }, ADMIN);
    expect(res.status).toBe(200);
    const body = await res.json<{ accepted: Record<string, string>; date: string; source: string; snapshotVersion: string; resolvedBase: string }>();
    expect(body).toMatchObject({ accepted: { USD: "1.09", GBP: "0.85" }, date: today(), source: "manual", resolvedBase: "EUR" });
    expect(body.snapshotVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(await latest("USD")).toMatchObject({ rate: "1.09", source: "manual" });
    expect(await daily("GBP", today())).toEqual({ rate: "0.85", source: "manual" }); // a fixing replaces the day's row
    expect((await (await api("/api/v1/rates/USDX/EUR")).json<RateBody>()).rate).toBe("0.917431192661");
  });

  it("accepts rates quoted the other way round and stores them inverted", async () => {
    const res = await postJson(PATH, { base: "USD", rates: { EUR: "0.92" }, source: "desk-1" }, ADMIN);
    expect(res.status).toBe(200);
    expect(await latest("USD")).toMatchObject({ rate: "1.0869565217391304348", source: "desk-1" });
    expect((await (await api("/api/v1/rates/USD/EUR")).json<RateBody>()).rate).toBe("0.92");
  });

  it("writes a past day's fixing without moving the latest rate back", async () => {
    const before = await latest("CHF");
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const res = await postJson(PATH, { base: "EUR", rates: { CHF: before!.rate }, asOf: `${yesterday}T13:15:00Z` }, ADMIN);
    expect(res.status).toBe(200);
    expect((await res.json<{ date: string }>()).date).toBe(yesterday);
    expect(await latest("CHF")).toEqual(before);
    expect(await daily("CHF", yesterday)).toMatchObject({ source: "manual" });
  });

  it("refuses an absurd jump with 422 naming the rate, writing nothing, unless allowLargeMove", async () => {
    const jpy = await latest("JPY");
    const usd = await latest("USD");
    const attempt = { base: "EUR", rates: { USD: "1.0950", JPY: "250.00" } };
    const problem = await expectProblem(await postJson(PATH, attempt, ADMIN), 422);
    expect(problem.code).toBe("UNPROCESSABLE");
    expect(problem.errors).toEqual([expect.objectContaining({ in: "body", field: "rates.JPY", pointer: "/rates/JPY", code: "rejected_rate" })]);
    expect(problem.errors?.[0]?.message).toContain("limit 20%");
    expect(await latest("JPY")).toEqual(jpy);
    expect(await latest("USD")).toEqual(usd); // all or nothing

    const forced = await postJson(PATH, { ...attempt, allowLargeMove: true }, ADMIN);
    expect(forced.status).toBe(200);
    expect((await latest("JPY"))?.rate).toBe("250");
  });
});

describe("POST /api/v1/admin/rates: validation", () => {
  it.each([
    ["an unknown quote", { base: "EUR", rates: { XYZ: "1.5" } }, "rates.XYZ", "unknown_currency"],
    ["an unknown base", { base: "ABC", rates: { USD: "1.5" } }, "base", "unknown_currency"],
    ["a stablecoin of the base currency", { base: "USD", rates: { USDX: "1.0" } }, "rates.USDX", "same_currency"],
    ["the same fiat twice", { base: "EUR", rates: { USD: "1.08", USDX: "1.09" } }, "rates.USDX", "duplicate"],
    ["a zero rate", { base: "EUR", rates: { USD: "0" } }, "rates.USD", undefined],
    ["a negative rate", { base: "EUR", rates: { USD: "-1.08" } }, "rates.USD", undefined],
    ["an exponent", { base: "EUR", rates: { USD: "1e3" } }, "rates.USD", undefined],
    ["a JSON number", { base: "EUR", rates: { USD: 1.08 } }, "rates.USD", undefined],
    ["a malformed code", { base: "EUR", rates: { "U$D": "1.08" } }, "rates.U$D", undefined],
    ["no rates", { base: "EUR", rates: {} }, "rates", undefined],
    ["an unknown field", { base: "EUR", rates: { USD: "1.08" }, force: true }, "force", "unknown_field"],
    ["a future asOf", { base: "EUR", rates: { USD: "1.08" }, asOf: "2999-01-01T00:00:00Z" }, "asOf", "future_date"],
    ["a malformed asOf", { base: "EUR", rates: { USD: "1.08" }, asOf: "yesterday" }, "asOf", undefined],
    ["a future date", { base: "EUR", rates: { USD: "1.08" }, date: "2999-01-01" }, "date", "future_date"],
    ["a configured feed as source", { base: "EUR", rates: { USD: "1.08" }, source: "sandbox" }, "source", "reserved"],
    ["a bad source label", { base: "EUR", rates: { USD: "1.08" }, source: "Manual Push!" }, "source", undefined],
  ])("refuses %s with a 400 naming the field", async (_name, body, field, code) => {
    const before = await latest("USD");
    const problem = await expectProblem(await postJson(PATH, body, ADMIN), 400);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
    if (code) expect(problem.errors?.find((e) => e.field === field)?.code).toBe(code);
    expect(await latest("USD")).toEqual(before);
  });

  it("refuses malformed JSON and non-JSON bodies", async () => {
    const bad = await api(PATH, { method: "POST", headers: { ...ADMIN, "Content-Type": "application/json" }, body: "{" });
    expect((await expectProblem(bad, 400)).code).toBe("MALFORMED_JSON");
    const text = await api(PATH, { method: "POST", headers: { ...ADMIN, "Content-Type": "text/plain" }, body: "USD=1.08" });
    await expectProblem(text, 415);
  });
});
