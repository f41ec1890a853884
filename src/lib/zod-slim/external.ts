// zod's classic API (zod/v4/classic/external.js) without what the Worker never runs: the 64 locale
// modules (`z.locales`, `z.core.locales`), `z.fromJSONSchema` and the `z.core` namespace. See index.ts.
export * from "../../../node_modules/zod/v4/classic/schemas.js";
export * from "../../../node_modules/zod/v4/classic/checks.js";
export * from "../../../node_modules/zod/v4/classic/errors.js";
export * from "../../../node_modules/zod/v4/classic/parse.js";
export * from "../../../node_modules/zod/v4/classic/compat.js";
export {
  globalRegistry, registry, config, memoizer, $output, $input, $brand, clone, regexes, treeifyError, prettifyError, formatError,
  flattenError, TimePrecision, util, NEVER, toZod, getDiscriminatedOption,
} from "zod/v4/core";
export { toJSONSchema } from "zod/v4/core";
export { deepPartial } from "../../../node_modules/zod/v4/classic/deep-partial.js";
export { ZodISODateTime, ZodISODate, ZodISOTime, ZodISODuration } from "../../../node_modules/zod/v4/classic/iso.js";
export * as iso from "../../../node_modules/zod/v4/classic/iso.js";
export * as coerce from "../../../node_modules/zod/v4/classic/coerce.js";
