import * as z from "./external";
export * from "./external";
export { z, z as default };
