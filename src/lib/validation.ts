import type { ZodError } from "zod";
import { ApiError, type FieldError } from "./errors";

const TARGET_LOCATION: Record<string, FieldError["in"]> = {
  json: "body",
  form: "form",
  query: "query",
  param: "path",
  header: "header",
  cookie: "cookie",
};

/**
 * Turn a zod failure into a 400 problem whose `errors[]` names every offending field.
 * Unknown body fields (strict objects) become one error per unknown key.
 */
export function validationError(error: ZodError, target: string): ApiError {
  const where = TARGET_LOCATION[target] ?? "body";
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...base, key];
        errors.push(fieldError(where, path, "Unknown field", "unknown_field"));
      }
      continue;
    }
    errors.push(fieldError(where, base, issue.message, issueCode(issue)));
  }
  const first = errors[0];
  const detail =
    errors.length === 1 && first
      ? `Invalid ${where === "body" ? "field" : `${where} parameter`} '${first.field || "(root)"}': ${first.message}`
      : `${errors.length} invalid fields in the request ${where}`;
  return new ApiError("VALIDATION_FAILED", { detail, errors });
}

/** A custom refinement may name a specific code (`params: { code: "iban_checksum" }`); otherwise zod's code. */
function issueCode(issue: ZodError["issues"][number]): string {
  const params = issue.code === "custom" ? (issue as { params?: { code?: unknown } }).params : undefined;
  return typeof params?.code === "string" ? params.code : issue.code;
}

function fieldError(where: FieldError["in"], path: string[], message: string, code: string): FieldError {
  const field = path.join(".");
  const error: FieldError = { in: where, field, message, code };
  if (where === "body" || where === "form") error.pointer = "/" + path.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
  return error;
}
