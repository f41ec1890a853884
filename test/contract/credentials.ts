/**
 * Credentials the contract test presents for operations that declare `security`. Public operations
 * get none. (Merchant keys arrive with the merchants capability; until then no operation needs them.)
 */
export async function contractAuthHeaders(op: { security?: Array<Record<string, string[]>> }): Promise<Record<string, string>> {
  if (!op.security?.length || op.security.every((s) => Object.keys(s).length === 0)) return {};
  return {};
}
