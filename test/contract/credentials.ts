/**
 * Credentials the contract tests present for operations that declare `security`: the operator token
 * for admin operations. Public operations get none.
 */
export async function contractAuthHeaders(op: { security?: Array<Record<string, string[]>> }): Promise<Record<string, string>> {
  const schemes = new Set((op.security ?? []).flatMap((s) => Object.keys(s)));
  if (schemes.has("adminToken")) return { Authorization: "Bearer test-admin-token" };
  return {};
}
