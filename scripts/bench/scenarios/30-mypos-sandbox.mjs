// MyPOS RSA cost inside workerd, through the local sandbox: an IPCGetPaymentStatus (form parse,
// RSA-2048 verify, KV read, RSA-2048 sign, XML) and an IPCPurchase (verify, cart checks, KV write, 303).
import { execFileSync } from "node:child_process";

export default {
  name: "mypos-sandbox",
  async run({ load, root }) {
    const { status, purchase } = JSON.parse(execFileSync("npx", ["tsx", "scripts/bench/lib/mypos-bodies.ts"], { cwd: root, encoding: "utf8" }));
    const headers = { "content-type": "application/x-www-form-urlencoded" };
    const statusRow = await load({ url: "/sandbox/mypos/checkout", method: "POST", headers, body: status, title: "IPCGetPaymentStatus (verify + sign)" });
    const purchaseRow = await load({ url: "/sandbox/mypos/checkout", method: "POST", headers, body: purchase, title: "IPCPurchase (verify + KV write)" });
    // A 303 counts as non-2xx for autocannon; errors and timeouts must be zero.
    return { rows: [statusRow, purchaseRow], ok: statusRow.non2xx === 0 && statusRow.errors === 0 && purchaseRow.errors === 0 };
  },
};
