/**
 * GENERATED from the CorePort OpenAPI document by scripts/client-types.mjs (openapi-typescript).
 * Do not edit: run `npm run client:generate` after changing a route. `npm test` fails when stale.
 */

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dependency health
         * @description Checks D1, KV, the payment Durable Object namespace and the age of the newest exchange rate, each with its latency. 200 when every critical dependency answers (status `ok` or `degraded`), 503 with the same body when one is down.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Connectivity check
         * @description Returns `pong` without touching any dependency.
         */
        get: operations["ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FieldError: {
            /** @example invalid_format */
            code?: string;
            /** @example amount */
            field: string;
            /** @enum {string} */
            in: "body" | "query" | "path" | "header" | "cookie" | "form";
            /** @example Expected a decimal string such as "100.50" */
            message: string;
            /** @example /amount */
            pointer?: string;
        };
        Health: {
            /**
             * @example {
             *       "d1": {
             *         "status": "ok",
             *         "latencyMs": 2
             *       },
             *       "kv": {
             *         "status": "ok",
             *         "latencyMs": 4
             *       },
             *       "durableObject": {
             *         "status": "ok",
             *         "latencyMs": 6
             *       },
             *       "rates": {
             *         "status": "ok",
             *         "latencyMs": 2,
             *         "details": {
             *           "newestAsOf": "2026-11-27T09:00:00.000Z",
             *           "ageSeconds": 4530,
             *           "staleAfterSeconds": 172800
             *         }
             *       }
             *     }
             */
            checks: {
                [key: string]: components["schemas"]["HealthCheckResult"];
            };
            /**
             * @description down (HTTP 503) when a critical dependency fails
             * @enum {string}
             */
            status: "ok" | "degraded" | "down";
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            time: string;
        };
        HealthCheckResult: {
            details?: {
                [key: string]: string | number | boolean | null;
            };
            /** @example 3 */
            latencyMs: number;
            /** @example newest rate is older than 172800 s */
            message?: string;
            /** @enum {string} */
            status: "ok" | "degraded" | "down";
        };
        Ping: {
            /** @enum {string} */
            message: "pong";
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:30.000Z
             */
            time: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /**
             * @example VALIDATION_FAILED
             * @enum {string}
             */
            code: "BAD_REQUEST" | "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNPROCESSABLE" | "RATE_LIMITED" | "INTERNAL" | "BAD_GATEWAY" | "SERVICE_UNAVAILABLE" | "GATEWAY_TIMEOUT";
            /** @example Invalid field 'amount': Expected a decimal string such as "100.50" */
            detail: string;
            errors?: components["schemas"]["FieldError"][];
            /** @example /api/v1/info/quote */
            instance: string;
            /** @example req_5b0f7f0c9a2e4c0c8a1d3e2f */
            requestId: string;
            /** @example 400 */
            status: number;
            /** @example Request validation failed */
            title: string;
            /** @example https://coreport.net/problems/validation-failed */
            type: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy or degraded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A critical dependency is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ping"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
