/** The one base64 and the one SHA-256 helper (src/lib/base64.ts, src/lib/sha256.ts). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertEveryRun } from "./helpers/properties";
import { base64ToBytes, base64UrlToBytes, bytesToBase64, bytesToBase64Url } from "../src/lib/base64";
import { sha256Hex } from "../src/lib/sha256";

const RUNS = 500;
const text = (s: string) => new TextEncoder().encode(s);
/** Independent of the helpers: base64 through the platform's binary-string btoa. */
const viaBtoa = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(""));

describe("base64", () => {
  it("encodes the RFC 4648 test vectors, padded, and their base64url without padding", () => {
    const vectors: Array<[string, string]> = [["", ""], ["f", "Zg=="], ["fo", "Zm8="], ["foo", "Zm9v"], ["foob", "Zm9vYg=="], ["fooba", "Zm9vYmE="], ["foobar", "Zm9vYmFy"]];
    for (const [plain, encoded] of vectors) {
      expect(bytesToBase64(text(plain))).toBe(encoded);
      expect(bytesToBase64Url(text(plain))).toBe(encoded.replace(/=+$/, ""));
      expect(base64ToBytes(encoded)).toEqual(text(plain));
    }
    expect(bytesToBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe("-_-_");
    expect(bytesToBase64(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe("+/+/");
  });

  it("round-trips any bytes, also from a view into a larger buffer, and agrees with btoa (property)", () => {
    assertEveryRun(RUNS, (reached) =>
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(8), fc.nat(8), (bytes, before, after) => {
        const buffer = new Uint8Array(before + bytes.length + after).fill(0xaa);
        buffer.set(bytes, before);
        const view = buffer.subarray(before, before + bytes.length);
        expect(bytesToBase64(view)).toBe(viaBtoa(bytes));
        expect(base64ToBytes(bytesToBase64(view))).toEqual(bytes);
        expect(bytesToBase64Url(view)).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(base64UrlToBytes(bytesToBase64Url(view))).toEqual(bytes);
        reached();
      }),
    );
  });

  it("refuses what is not base64", () => {
    for (const bad of ["a", "ab=c", "!!!!", "Zm9v\u00e9"]) expect(() => base64ToBytes(bad), bad).toThrow();
    expect(() => base64UrlToBytes("Zm9v*")).toThrow();
  });
});

describe("sha256Hex", () => {
  it("is SHA-256 in lowercase hex, of text as UTF-8 and of bytes alike", async () => {
    expect(await sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await sha256Hex(text("abc"))).toBe(await sha256Hex("abc"));
    expect(await sha256Hex("ü")).toBe(await sha256Hex(new Uint8Array([0xc3, 0xbc])));
  });
});
