import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertEveryRun } from "../helpers/properties";
import { generateApiKey, parseApiKey, visiblePrefix } from "../../src/auth/api-keys";
import { clientSecretObjectId } from "../../src/auth/client-secret";
import { ApiError } from "../../src/lib/errors";
import { isValidOrigin } from "../../src/lib/origins";
import { decodeCursor, encodeCursor } from "../../src/lib/pagination";

const RUNS = 300;
const CROCKFORD = /^[0-9a-hjkmnp-tv-z]{32}$/;
/** Characters never in a key's random part (Crockford base32 leaves out i, l, o, u). */
const NOT_CROCKFORD = fc.constantFrom(..."ilouILOUAZ_-+/=. \u00e9");

const wellFormedKey = fc
  .record({ kind: fc.constantFrom("pk" as const, "sk" as const), mode: fc.constantFrom("test" as const, "live" as const), random: fc.stringMatching(CROCKFORD) })
  .map((k) => ({ ...k, key: `${k.kind}_${k.mode}_${k.random}` }));

/** A well-formed key with exactly one thing wrong. */
const malformedKey = fc.oneof(
  // one character of the random part outside the alphabet
  fc.tuple(wellFormedKey, fc.nat(31), NOT_CROCKFORD).map(([k, i, ch]) => `${k.kind}_${k.mode}_${k.random.slice(0, i)}${ch}${k.random.slice(i + 1)}`),
  // random part too short or too long
  fc.tuple(wellFormedKey, fc.integer({ min: 1, max: 31 })).map(([k, n]) => k.key.slice(0, -n)),
  fc.tuple(wellFormedKey, fc.stringMatching(/^[0-9a-hjkmnp-tv-z]{1,8}$/)).map(([k, more]) => k.key + more),
  // another kind or mode
  fc.tuple(wellFormedKey, fc.stringMatching(/^[a-z]{1,4}$/).filter((x) => x !== "pk" && x !== "sk")).map(([k, kind]) => `${kind}_${k.mode}_${k.random}`),
  fc.tuple(wellFormedKey, fc.constantFrom("prod", "Test", "LIVE", "dev", "tes", "")).map(([k, mode]) => `${k.kind}_${mode}_${k.random}`),
  // surrounding white space or upper case
  fc.tuple(wellFormedKey, fc.constantFrom(" ", "\n", "\t")).map(([k, ws]) => k.key + ws),
  wellFormedKey.map((k) => k.key.toUpperCase()),
);

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,12}[a-z0-9])?$/).filter((l) => !l.startsWith("xn--"));
const hostname = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,12}$/)).map(([labels, tld]) => [...labels, tld].join("."));
/** A port that stays in the origin (not the scheme's default). */
const port = (defaultPort: number) => fc.integer({ min: 1, max: 65535 }).filter((p) => p !== defaultPort);

const exactOrigin = fc.oneof(
  hostname.map((h) => `https://${h}`),
  fc.tuple(hostname, port(443)).map(([h, p]) => `https://${h}:${p}`),
  fc.tuple(fc.constantFrom("localhost", "127.0.0.1"), fc.option(port(80), { nil: undefined })).map(([h, p]) => `http://${h}${p === undefined ? "" : `:${p}`}`),
);
const wildcardOrigin = hostname.map((h) => `https://*.${h}`);

const notAnOrigin = fc.oneof(
  fc.tuple(fc.oneof(exactOrigin, wildcardOrigin), fc.constantFrom("/", "/checkout", "?a=1", "#pay", "/?", "/.")).map(([o, tail]) => o + tail),
  fc.tuple(hostname, fc.constantFrom("user@", "user:pw@", ":@")).map(([h, creds]) => `https://${creds}${h}`),
  exactOrigin.filter((o) => /[a-z]/.test(o.slice(o.indexOf("//") + 2))).map((o) => o.replace(/\/\/(.*)$/, (_, rest: string) => `//${rest.toUpperCase()}`)),
  hostname.map((h) => `http://${h}`),
  hostname.map((h) => `https://${h}:443`),
  hostname.map((h) => `ftp://${h}`),
);

describe("parsers and formats (properties)", () => {
  it("a cursor decodes to exactly what was encoded", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.stringMatching(/^[a-z]{3}_[0-9a-z]{26}$/), (ms, id) => {
        const decoded = decodeCursor(encodeCursor(new Date(ms), id));
        expect(decoded.createdAt.getTime()).toBe(ms);
        expect(decoded.id).toBe(id);
      }),
    );
  });

  it("an arbitrary string is either a valid cursor or a 400 naming `cursor`, never a crash", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        try {
          decodeCursor(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ApiError);
          expect((error as ApiError).errors?.[0]?.field).toBe("cursor");
        }
      }),
    );
  });

  it("generated keys parse back to their kind and mode", async () => {
    for (const kind of ["publishable", "secret"] as const) {
      for (const mode of ["test", "live"] as const) {
        const { key, prefix } = await generateApiKey(kind, mode);
        expect(parseApiKey(key)).toEqual({ kind, mode });
        expect(visiblePrefix(key)).toBe(prefix);
        expect(key.startsWith(prefix)).toBe(true);
      }
    }
    expect(clientSecretObjectId("pay_0123456789abcdefghjkmnpqrs_secret_" + "a".repeat(32))).toBe("pay_0123456789abcdefghjkmnpqrs");
    expect(clientSecretObjectId("evt_0123456789abcdefghjkmnpqrs_secret_" + "a".repeat(32))).toBeUndefined();
  });

  it("every well-formed key parses to the kind and mode it names, with its visible prefix (property)", () => {
    assertEveryRun(RUNS, (reached) =>
      fc.property(wellFormedKey, ({ key, kind, mode, random }) => {
        expect(parseApiKey(key)).toEqual({ kind: kind === "pk" ? "publishable" : "secret", mode });
        expect(visiblePrefix(key)).toBe(`${kind}_${mode}_${random.slice(0, 6)}`);
        reached();
      }),
    );
  });

  it("a key one edit away from well-formed does not parse (property)", () => {
    assertEveryRun(RUNS, (reached) =>
      fc.property(malformedKey, (text) => {
        expect(parseApiKey(text)).toBeUndefined();
        reached();
      }),
    );
  });

  it("origins: exact https origins and *.domain wildcards only", () => {
    for (const ok of ["https://shop.example.com", "https://*.example.com", "http://localhost:3000", "http://127.0.0.1:8787", "https://a.example:8443"]) {
      expect(isValidOrigin(ok), ok).toBe(true);
    }
    for (const bad of ["https://shop.example.com/", "https://shop.example.com/x", "http://shop.example.com", "https://user@shop.example.com", "*", "https://*", "https://*.com", "null", "HTTPS://SHOP.EXAMPLE.COM"]) {
      expect(isValidOrigin(bad), bad).toBe(false);
    }
  });

  it("every exact origin and wildcard is valid, and an exact one is its own URL origin (property)", () => {
    assertEveryRun(RUNS, (reached) =>
      fc.property(fc.oneof(exactOrigin, wildcardOrigin), (origin) => {
        expect(isValidOrigin(origin)).toBe(true);
        if (!origin.includes("*")) expect(new URL(origin).origin).toBe(origin);
        reached();
      }),
    );
  });

  it("an origin with a path, query, fragment, credentials, upper case or plain http elsewhere is refused (property)", () => {
    assertEveryRun(RUNS, (reached) =>
      fc.property(notAnOrigin, (text) => {
        expect(isValidOrigin(text)).toBe(false);
        reached();
      }),
    );
  });
});
