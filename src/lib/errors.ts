/**
 * The one error vocabulary of the API. Every failure a client can see is an `ApiError` with a code
 * from this table; the table decides the HTTP status and the RFC 9457 `type`/`title`, and the
 * OpenAPI error responses are generated from the same table (see lib/openapi.ts).
 */
export const ERROR_CODES = {
  BAD_REQUEST: { status: 400, title: "Bad request" },
  VALIDATION_FAILED: { status: 400, title: "Request validation failed" },
  MALFORMED_JSON: { status: 400, title: "Malformed JSON body" },
  UNAUTHORIZED: { status: 401, title: "Unauthorized" },
  FORBIDDEN: { status: 403, title: "Forbidden" },
  NOT_FOUND: { status: 404, title: "Not found" },
  METHOD_NOT_ALLOWED: { status: 405, title: "Method not allowed" },
  CONFLICT: { status: 409, title: "Conflict" },
  PAYLOAD_TOO_LARGE: { status: 413, title: "Payload too large" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: "Unsupported media type" },
  UNPROCESSABLE: { status: 422, title: "Unprocessable request" },
  RATE_LIMITED: { status: 429, title: "Too many requests" },
  INTERNAL: { status: 500, title: "Internal server error" },
  BAD_GATEWAY: { status: 502, title: "Upstream error" },
  SERVICE_UNAVAILABLE: { status: 503, title: "Service unavailable" },
  GATEWAY_TIMEOUT: { status: 504, title: "Upstream timeout" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
export type ErrorStatus = (typeof ERROR_CODES)[ErrorCode]["status"];

/** Problem `type` URIs are stable identifiers (documented at /docs), not URLs the client must fetch. */
export const PROBLEM_TYPE_BASE = "https://coreport.net/problems/";

export function problemType(code: ErrorCode): string {
  return PROBLEM_TYPE_BASE + code.toLowerCase().replaceAll("_", "-");
}

/** One invalid input: where it is (`in` + `field`, plus a JSON pointer for bodies) and why. */
export interface FieldError {
  in: "body" | "query" | "path" | "header" | "cookie" | "form";
  field: string;
  pointer?: string;
  message: string;
  code?: string;
}

export interface ApiErrorOptions {
  detail?: string;
  errors?: FieldError[];
  /** Extra response headers, e.g. `Allow` for 405 or `Retry-After` for 429. */
  headers?: Record<string, string>;
  /** Extra problem members (RFC 9457 §3.2 extensions), e.g. `currentState`. */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: ErrorStatus;
  readonly detail: string;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;
  readonly extensions?: Record<string, unknown>;

  constructor(code: ErrorCode, options: ApiErrorOptions = {}) {
    super(options.detail ?? ERROR_CODES[code].title, { cause: options.cause });
    this.name = "ApiError";
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.detail = options.detail ?? ERROR_CODES[code].title;
    this.errors = options.errors;
    this.headers = options.headers;
    this.extensions = options.extensions;
  }

  /** A single invalid field: the common case of a hand-written check. */
  static invalidField(field: string, message: string, where: FieldError["in"] = "body", code = "invalid"): ApiError {
    return new ApiError("VALIDATION_FAILED", {
      detail: `Invalid ${where === "body" ? "field" : `${where} parameter`} '${field}': ${message}`,
      errors: [{ in: where, field, pointer: where === "body" ? `/${field.replaceAll(".", "/")}` : undefined, message, code }],
    });
  }

  static notFound(what: string, id?: string): ApiError {
    return new ApiError("NOT_FOUND", { detail: id ? `${what} '${id}' was not found` : `${what} was not found` });
  }
}
