import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { importRsaPrivateKey } from "../../src/lib/rsa";
import { encodeFormFields, signIpcFields, type IpcFields } from "../../src/providers/mypos/ipc";
import { SANDBOX_MYPOS_PRIVATE_KEY_PEM, SANDBOX_MYPOS_STORE } from "../../src/sandbox/mypos/sandbox-keys";
import { OPENAPI_PATH } from "../../src/app";
import { api, expectProblem } from "../helpers/http";
import { captureNotifications, d1Events, d1Order, d1Payment, newTestOrder, newTestPayment } from "../helpers/payments";

const PATH = "/api/v1/payments/mypos/webhook";
const RSA = { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" } as const;

/** myPOS's key in the sandbox (the worker verifies with the matching certificate), and a stranger's key. */
let myposKey: CryptoKey;
let strangerKey: CryptoKey;

beforeAll(async () => {
  myposKey = await importRsaPrivateKey(SANDBOX_MYPOS_PRIVATE_KEY_PEM);
  strangerKey = ((await crypto.subtle.generateKey(RSA, false, ["sign", "verify"])) as CryptoKeyPair).privateKey;
});

async function signedForm(fields: Array<[string, string]>, tamper?: (f: Array<[string, string]>) => void, key = myposKey): Promise<string> {
  const all = [...(await signIpcFields(fields, key))] as Array<[string, string]>;
  tamper?.(all);
  return encodeFormFields(all as IpcFields);
}

function notify(orderId: string, amount: string, trnref: string): Array<[string, string]> {
  return [
    ["IPCmethod", "IPCPurchaseNotify"],
    ["IPCVersion", "1.4"],
    ["SID", SANDBOX_MYPOS_STORE.sid],
    ["Amount", amount],
    ["Currency", "EUR"],
    ["OrderID", orderId],
    ["IPC_Trnref", trnref],
    ["RequestSTAN", "000123"],
    ["RequestDateTime", "2026-11-27 12:15:30"],
  ];
}

/** POST to the mounted MyPOS webhook. */
function post(body: string): Promise<Response> {
  return api(PATH, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body });
}

const card = () => newTestPayment({ method: "mypos", asset: "EUR", amountExpected: "49.99" });

describe("MyPOS notifications", () => {
  it("the mounted route refuses a notification not signed by MyPOS's key (401), writing nothing", async () => {
    const { row } = await card();
    const res = await post(await signedForm(notify(row.id, "49.99", "trn-0"), undefined, strangerKey));
    expect((await expectProblem(res, 401)).code).toBe("UNAUTHORIZED");
    expect(await d1Events(row.id)).toHaveLength(1);
  });

  it("answers exactly OK once the payment is durably paid, and OK again for a repeat", async () => {
    const { row } = await card();
    const body = await signedForm(notify(row.id, "49.99", "trn-1"));
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("OK");
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await d1Payment(row.id)).toMatchObject({ status: "succeeded", amount_received: "49.99", provider_reference: "trn-1" });
    expect((await d1Events(row.id))[1]).toMatchObject({ source: "mypos", provider_event_id: "IPCPurchaseNotify:trn-1", type: "payment.funds_received" });

    const again = await post(body);
    expect(await again.text()).toBe("OK");
    expect(await d1Events(row.id)).toHaveLength(2);
  });

  it("refuses a tampered or unsigned notification with 401 and writes nothing", async () => {
    const { row } = await card();
    const tampered = await signedForm(notify(row.id, "49.99", "trn-2"), (f) => (f[3] = ["Amount", "4999.00"]));
    expect((await expectProblem(await post(tampered), 401)).reason).toBe("bad_signature");
    const unsigned = new URLSearchParams(notify(row.id, "49.99", "trn-2")).toString();
    expect((await expectProblem(await post(unsigned), 401)).reason).toBe("missing_signature");
    expect(await d1Events(row.id)).toHaveLength(1);
  });

  it("marks a paid payment reversed on IPCPurchaseRollback", async () => {
    const { row } = await card();
    await post(await signedForm(notify(row.id, "49.99", "trn-3")));
    const rollback = await post(await signedForm([["IPCmethod", "IPCPurchaseRollback"], ["SID", SANDBOX_MYPOS_STORE.sid], ["Amount", "49.99"], ["Currency", "EUR"], ["OrderID", row.id]]));
    expect(await rollback.text()).toBe("OK");
    expect(await d1Payment(row.id)).toMatchObject({ status: "reversed" });
  });

  it("funds a card on-ramp order named by OrderID", async () => {
    const { row } = await newTestOrder({ direction: "onramp", rail: "card", sourceAmount: "49.99" });
    expect(await (await post(await signedForm(notify(row.id, "49.99", "trn-4")))).text()).toBe("OK");
    expect(await d1Order(row.id)).toMatchObject({ status: "funds_confirmed", amount_deposited: "49.99" });
  });

  it("answers 400 naming the form field for a signed but malformed notification", async () => {
    const { row } = await card();
    const problem = await expectProblem(await post(await signedForm(notify(row.id, "49.999", "trn-5"))), 400);
    expect(problem.errors![0]).toMatchObject({ in: "form", field: "Amount" });
  });
});

describe("the published URL_Notify form is the form the parser takes", () => {
  type FormSchema = { properties: Record<string, { example?: string }>; required: string[] };
  const formOf = async (): Promise<Record<string, FormSchema>> => {
    const doc = await (await api(OPENAPI_PATH)).json<{ paths: Record<string, any>; components: { schemas: Record<string, any> } }>();
    const media = doc.paths["/api/v1/payments/mypos/webhook"].post.requestBody.content["application/x-www-form-urlencoded"];
    const ref = (s: { $ref: string }) => doc.components.schemas[s.$ref.split("/").pop()!];
    const branches = (ref(media.schema).oneOf as Array<{ $ref: string }>).map(ref) as FormSchema[];
    return Object.fromEntries(branches.map((b) => [(b.properties.IPCmethod as { enum: string[] }).enum[0], b]));
  };
  /** The documented fields with their examples, for a real payment; Signature is computed, not sent as the example. */
  const documented = (schema: FormSchema, orderId: string, trnref: string): Array<[string, string]> =>
    Object.entries(schema.properties)
      .filter(([name]) => name !== "Signature")
      .map(([name, p]) => [name, name === "IPCmethod" ? (p as { enum: string[] }).enum[0]! : name === "OrderID" ? orderId : name === "IPC_Trnref" ? trnref : name === "SID" ? SANDBOX_MYPOS_STORE.sid : name === "Amount" ? "49.99" : p.example!]);

  it("documents IPC_Trnref, RequestSTAN and RequestDateTime as required on a notify (myPOS always sends them)", async () => {
    const form = await formOf();
    expect(Object.keys(form).sort()).toEqual(["IPCPurchaseNotify", "IPCPurchaseRollback"]);
    expect(form.IPCPurchaseNotify!.required).toEqual(expect.arrayContaining(["IPCmethod", "SID", "Amount", "Currency", "OrderID", "IPC_Trnref", "RequestSTAN", "RequestDateTime", "Signature"]));
    expect(form.IPCPurchaseNotify!.required).not.toContain("BillingDescriptor");
    expect(form.IPCPurchaseRollback!.required.sort()).toEqual(["Amount", "Currency", "IPCmethod", "OrderID", "SID", "Signature"]);
  });

  it("a notify without a field the form calls required is a 400 naming it; without an optional one it is paid", async () => {
    const schema = (await formOf()).IPCPurchaseNotify!;
    const complete = async () => {
      const { row } = await card();
      return { id: row.id, fields: documented(schema, row.id, `trn-doc-${row.id.slice(-8)}`) };
    };
    const full = await complete();
    expect(await (await post(await signedForm(full.fields))).text()).toBe("OK");
    expect(await d1Payment(full.id)).toMatchObject({ status: "succeeded" });

    const omittable = Object.keys(schema.properties).filter((n) => n !== "Signature" && n !== "IPCmethod");
    expect(omittable).toEqual(expect.arrayContaining(["RequestSTAN", "RequestDateTime", "BillingDescriptor"]));
    for (const name of omittable) {
      const { id, fields } = await complete();
      const res = await post(await signedForm(fields.filter(([n]) => n !== name)));
      if (schema.required.includes(name)) {
        const problem = await expectProblem(res, 400);
        expect(problem.errors, `without ${name}`).toEqual([expect.objectContaining({ in: "form", field: name })]);
        expect(await d1Payment(id), `without ${name}`).toMatchObject({ status: "requires_payment" });
      } else {
        expect(await res.text(), `without ${name}`).toBe("OK");
        expect(await d1Payment(id), `without ${name}`).toMatchObject({ status: "succeeded" });
      }
    }
  });

  it("a rollback of the documented form reverses the payment; without a required field it is a 400 naming it", async () => {
    const schema = (await formOf()).IPCPurchaseRollback!;
    for (const name of [undefined, ...Object.keys(schema.properties).filter((n) => n !== "Signature" && n !== "IPCmethod")]) {
      const { row } = await card();
      await post(await signedForm(notify(row.id, "49.99", `trn-rb-${row.id.slice(-8)}`)));
      const res = await post(await signedForm(documented(schema, row.id, "").filter(([n]) => n !== name)));
      if (name === undefined) {
        expect(await res.text()).toBe("OK");
        expect(await d1Payment(row.id)).toMatchObject({ status: "reversed" });
      } else {
        expect(schema.required).toContain(name);
        expect((await expectProblem(res, 400)).errors).toEqual([expect.objectContaining({ in: "form", field: name })]);
        expect(await d1Payment(row.id)).toMatchObject({ status: "succeeded" });
      }
    }
  });
});
