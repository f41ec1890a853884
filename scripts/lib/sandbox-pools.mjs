// Funds the sandbox's liquidity pools through the operator API of a running local worker, so ramp
// orders do not answer `limit: "liquidity"` on a fresh database. A pool an operator has already set
// (size above zero) is left as it is, so this is safe to run on every `npm run dev`.
export const SANDBOX_POOL_SIZE = "1000000";

/** @param {string} baseUrl @param {string} adminToken @returns {Promise<string[]>} the assets funded */
export async function fundSandboxPools(baseUrl, adminToken) {
  const headers = { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" };
  const res = await fetch(`${baseUrl}/api/v1/admin/liquidity`, { headers });
  if (!res.ok) throw new Error(`GET /admin/liquidity: ${res.status} ${await res.text()}`);
  const { data } = await res.json();
  const funded = [];
  for (const pool of data) {
    if (/[1-9]/.test(pool.size)) continue; // already funded (sizes are decimal strings)
    const set = await fetch(`${baseUrl}/api/v1/admin/liquidity/${pool.asset}`, { method: "POST", headers, body: JSON.stringify({ size: SANDBOX_POOL_SIZE }) });
    if (!set.ok) throw new Error(`POST /admin/liquidity/${pool.asset}: ${set.status} ${await set.text()}`);
    funded.push(pool.asset);
  }
  return funded;
}
