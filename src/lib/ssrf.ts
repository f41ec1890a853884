/**
 * Guard for URLs that CorePort fetches on someone else's behalf (FinTag proxy, merchant notification
 * endpoints): only public https hostnames on the default port. Refuses IP literals in every notation
 * (dotted, decimal, octal, hex, IPv6, IPv4-mapped), localhost and internal-looking names, userinfo
 * and custom ports — before any fetch. Redirects must be re-checked with this same function.
 */
export type UrlRefusal =
  | "invalid_url"
  | "scheme"
  | "userinfo"
  | "port"
  | "ip_literal"
  | "localhost"
  | "internal_name"
  | "bad_hostname";

export class UnsafeUrlError extends Error {
  constructor(readonly reason: UrlRefusal, message: string) {
    super(message);
    this.name = "UnsafeUrlError";
  }
}

/** Suffixes of names that resolve inside private networks or are reserved (RFC 6761, 6762, 8375, 9476). */
const INTERNAL_SUFFIXES = [
  "localhost", "local", "localdomain", "internal", "intranet", "private", "corp", "home", "lan",
  "home.arpa", "arpa", "test", "example", "invalid", "onion", "alt", "cluster.local", "svc",
];

/**
 * Public wildcard-DNS services that resolve names to an IP written inside the name
 * (`127.0.0.1.nip.io`, `10-0-0-1.sslip.io`) or always to loopback (`lvh.me`, `localtest.me`): a
 * classic way round hostname-only guards.
 */
const LOOPBACK_ALIAS_SUFFIXES = [
  "nip.io", "sslip.io", "xip.io", "nip.direct", "traefik.me", "localtest.me", "lvh.me", "vcap.me",
  "lacolhost.com", "1u.ms", "rbndr.us", "local.gd",
];

/** Four numeric labels in a row (`10.0.0.1.example.com`) or a dashed IPv4 label (`10-0-0-1`). */
function embedsIpv4(labels: string[]): boolean {
  for (let i = 0; i + 4 <= labels.length; i++) {
    if (labels.slice(i, i + 4).every((l) => /^\d{1,3}$/.test(l))) return true;
  }
  return labels.some((l) => /(^|[^0-9])\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}([^0-9]|$)/.test(l));
}

const HOSTNAME_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** True for anything a resolver or browser could treat as an IP address (incl. 0x7f.1, 2130706433, 0177.0.0.1). */
export function looksLikeIpLiteral(host: string): boolean {
  if (host.startsWith("[") || host.includes(":")) return true; // IPv6 (incl. ::ffff:127.0.0.1)
  const labels = host.split(".");
  const last = labels[labels.length - 1] ?? "";
  // WHATWG URL treats a host whose last label is numeric (decimal/octal/hex) as IPv4.
  if (/^(0x[0-9a-f]*|\d+)$/i.test(last)) return true;
  return labels.every((l) => /^(0x[0-9a-f]+|0[0-7]*|\d+)$/i.test(l));
}

export interface UrlGuardOptions {
  /** Local development only: allow `http://localhost[:port]` and `http://127.0.0.1[:port]`. */
  allowLocalhostHttp?: boolean;
}

/** Parse and check `input`; returns the normalised URL or throws UnsafeUrlError. */
export function assertPublicHttpsUrl(input: string, options: UrlGuardOptions = {}): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new UnsafeUrlError("invalid_url", "Not a valid absolute URL");
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (options.allowLocalhostHttp && url.protocol === "http:" && (host === "localhost" || host === "127.0.0.1") && !url.username && !url.password) {
    return url;
  }
  if (url.protocol !== "https:") throw new UnsafeUrlError("scheme", `Only https URLs are allowed, not ${url.protocol.replace(":", "")}`);
  if (url.username || url.password) throw new UnsafeUrlError("userinfo", "URLs with user information are not allowed");
  if (url.port !== "") throw new UnsafeUrlError("port", "Only the default https port is allowed");
  if (!host) throw new UnsafeUrlError("bad_hostname", "URL has no hostname");
  if (looksLikeIpLiteral(host)) throw new UnsafeUrlError("ip_literal", "IP addresses are not allowed; use a public hostname");
  if (host === "localhost" || host.endsWith(".localhost")) throw new UnsafeUrlError("localhost", "localhost is not allowed");
  const labels = host.split(".");
  if (labels.length < 2 || host.length > 253 || !labels.every((l) => HOSTNAME_LABEL.test(l))) {
    throw new UnsafeUrlError("bad_hostname", "Hostname must be a public, fully qualified DNS name");
  }
  if (INTERNAL_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`))) {
    throw new UnsafeUrlError("internal_name", "Internal or reserved hostnames are not allowed");
  }
  if (LOOPBACK_ALIAS_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`)) || embedsIpv4(labels)) {
    throw new UnsafeUrlError("internal_name", "Hostnames that encode an IP address are not allowed");
  }
  return url;
}
