import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateApiKey, parseApiKey, visiblePrefix } from "../../src/auth/api-keys";
import { clientSecretObjectId } from "../../src/auth/client-secret";
import { ApiError } from "../../src/lib/errors";
import { isValidOrigin } from "../../src/lib/origins";
import { decodeCursor, encodeCursor } from "../../src/lib/pagination";

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

  it("generated keys parse back to their kind and mode; anything else does not parse", async () => {
    for (const kind of ["publishable", "secret"] as const) {
      for (const mode of ["test", "live"] as const) {
        const { key, prefix } = await generateApiKey(kind, mode);
        expect(parseApiKey(key)).toEqual({ kind, mode });
        expect(visiblePrefix(key)).toBe(prefix);
        expect(key.startsWith(prefix)).toBe(true);
      }
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const parsed = parseApiKey(text);
        if (parsed) expect(text).toMatch(/^(pk|sk)_(test|live)_[0-9a-hjkmnp-tv-z]{32}$/);
      }),
    );
    expect(clientSecretObjectId("pay_0123456789abcdefghjkmnpqrs_secret_" + "a".repeat(32))).toBe("pay_0123456789abcdefghjkmnpqrs");
    expect(clientSecretObjectId("evt_0123456789abcdefghjkmnpqrs_secret_" + "a".repeat(32))).toBeUndefined();
  });

  it("origins: exact https origins and *.domain wildcards only", () => {
    for (const ok of ["https://shop.example.com", "https://*.example.com", "http://localhost:3000", "http://127.0.0.1:8787", "https://a.example:8443"]) {
      expect(isValidOrigin(ok), ok).toBe(true);
    }
    for (const bad of ["https://shop.example.com/", "https://shop.example.com/x", "http://shop.example.com", "https://user@shop.example.com", "*", "https://*", "https://*.com", "null", "HTTPS://SHOP.EXAMPLE.COM"]) {
      expect(isValidOrigin(bad), bad).toBe(false);
    }
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
      if (isValidOrigin(url)) expect(new URL(url).origin).toBe(url);
    }));
  });
});
