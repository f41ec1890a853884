import { and, count, eq, sum } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assets, paymentEvents, payments, rampOrders } from "../../db/schema";
import type { Bindings } from "../../env";
import type { AppRouteHandler } from "../../lib/create-router";
import { ApiError } from "../../lib/errors";
import { scaleOf } from "../../lib/money";
import { createPayment, createRampOrder, subjectStub } from "../../services/payments/payments.service";
import { kindOfRow, publicRowView, subjectFamily, type SubjectRow } from "../../services/payments/subject";
import type { createSandboxOrder, createSandboxPayment, inspectSubject } from "./payments-admin.routes";

function refuseInProduction(env: Bindings): void {
  if (env.ENVIRONMENT === "production") throw new ApiError("FORBIDDEN", { detail: "Sandbox subjects cannot be created in production" });
}

/** The amount must be in a known asset and carry no more decimals than it has. */
async function assertAmount(env: Bindings, asset: string, amount: string, field: string, assetField: string): Promise<void> {
  const row = await getDb(env.DB).select({ decimals: assets.decimals }).from(assets).where(eq(assets.code, asset)).get();
  if (!row) throw ApiError.invalidField(assetField, `Unknown asset '${asset}'`);
  if (scaleOf(amount) > row.decimals) throw ApiError.invalidField(field, `${asset} allows at most ${row.decimals} decimals`);
}

export function adminSubjectView(row: SubjectRow) {
  const isPayment = !("direction" in row);
  return {
    id: row.id,
    kind: kindOfRow(row),
    status: row.status,
    asset: isPayment ? row.asset : row.sourceAsset,
    amountExpected: isPayment ? row.amountExpected : row.sourceAmount,
    amountReceived: isPayment ? row.amountReceived : row.amountDeposited,
    needsReview: row.needsReview,
    version: row.version,
    expiresAt: row.expiresAt.toISOString(),
    row: publicRowView(row),
  };
}

export const createSandboxPaymentHandler: AppRouteHandler<typeof createSandboxPayment> = async (c) => {
  refuseInProduction(c.env);
  const body = c.req.valid("json");
  await assertAmount(c.env, body.asset, body.amount, "amount", "asset");
  const { row, clientSecret } = await createPayment(
    c.env,
    {
      merchantId: body.merchantId,
      method: body.method,
      asset: body.asset,
      amountExpected: body.amount,
      depositAddress: body.depositAddress,
      fees: [],
      metadata: body.metadata ?? {},
      expiresAt: new Date(Date.now() + body.expiresInSeconds * 1000),
    },
    { source: "operator" },
  );
  return c.json({ payment: adminSubjectView(row), clientSecret }, 201);
};

export const createSandboxOrderHandler: AppRouteHandler<typeof createSandboxOrder> = async (c) => {
  refuseInProduction(c.env);
  const body = c.req.valid("json");
  await assertAmount(c.env, body.sourceAsset, body.sourceAmount, "sourceAmount", "sourceAsset");
  await assertAmount(c.env, body.targetAsset, body.targetAmount, "targetAmount", "targetAsset");
  const { row, clientSecret } = await createRampOrder(
    c.env,
    {
      merchantId: body.merchantId,
      direction: body.direction,
      rail: body.rail,
      sourceAsset: body.sourceAsset,
      targetAsset: body.targetAsset,
      sourceAmount: body.sourceAmount,
      targetAmount: body.targetAmount,
      paymentReference: body.paymentReference,
      depositAddress: body.depositAddress,
      fees: [],
      destination: {},
      metadata: body.metadata ?? {},
      expiresAt: new Date(Date.now() + body.expiresInSeconds * 1000),
    },
    { source: "operator" },
  );
  return c.json({ order: adminSubjectView(row), clientSecret }, 201);
};

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export const inspectSubjectHandler: AppRouteHandler<typeof inspectSubject> = async (c) => {
  const { id } = c.req.valid("param");
  const inspection = await subjectStub(c.env, id).inspect();
  if (!inspection) throw ApiError.notFound(subjectFamily(id) === "order" ? "Order" : "Payment", id);
  const db = getDb(c.env.DB);
  const table = subjectFamily(id) === "order" ? rampOrders : payments;
  const [stored, d1Counts] = await Promise.all([
    db.select({ version: table.version }).from(table).where(eq(table.id, id)).get(),
    db
      .select({ total: count(), accepted: sum(paymentEvents.accepted) })
      .from(paymentEvents)
      .where(and(eq(paymentEvents.subjectId, id)))
      .get(),
  ]);
  const inD1 = d1Counts?.total ?? 0;
  const acceptedInD1 = Number(d1Counts?.accepted ?? 0);
  const { outbox } = inspection;
  const d1Version = stored?.version ?? null;
  c.header("Cache-Control", "no-store");
  return c.json(
    {
      subject: adminSubjectView(inspection.row),
      state: inspection.state as unknown as Record<string, unknown>,
      events: { total: inspection.eventCount, accepted: inspection.acceptedEventCount, inD1, acceptedInD1 },
      d1Version,
      outbox: {
        ...outbox,
        nextRetryAt: iso(outbox.nextRetryAt),
        lastSuccessAt: iso(outbox.lastSuccessAt),
        alarmAt: iso(outbox.alarmAt),
      },
      consistent: d1Version === inspection.version && inD1 === inspection.eventCount && acceptedInD1 === inspection.acceptedEventCount,
    },
    200,
  );
};
