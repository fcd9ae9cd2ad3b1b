// A mobile backend's flow, written against the types openapi-typescript generates from openapi/ and the
// openapi-fetch client: register, read what is due, pay it (with an Idempotency-Key), check the cover.
// TypeScriptClientTest type-checks it with tsc --strict; it is not run.
import createClient from "openapi-fetch";
import type { components, paths } from "./bpu-api";

type Registration = components["schemas"]["Registration"];
type Problem = components["schemas"]["Problem"];

export async function registerAndPay(token: string, idempotencyKey: string, today: string): Promise<string> {
  const bpu = createClient<paths>({
    baseUrl: "https://bpu.bekasikab.go.id",
    headers: { Authorization: `Bearer ${token}` },
  });
  const siti: Registration = {
    nik: "3216204503850002",
    fullName: "Siti Aminah",
    birthDate: "1985-03-05",
    sex: "FEMALE",
    phone: "081234567891",
    address: { line: "Kp. Muara RT 01/02, Muara Gembong", regionCode: "32.16.01.2001" },
    occupation: "NELAYAN",
    declaredIncome: 1_000_000,
    programmes: ["JKK", "JKM"],
  };
  const registered = await bpu.POST("/v1/participants", { body: siti });
  if (registered.error) {
    const problem: Problem = registered.error;
    throw new Error(`${problem.code}: ${problem.detail}`);
  }
  const id = registered.data.id;

  const statement = await bpu.GET("/v1/participants/{id}/contributions", { params: { path: { id } } });
  if (statement.error) {
    throw new Error(statement.error.code);
  }
  const paid = await bpu.POST("/v1/contributions/payments", {
    params: { header: { "Idempotency-Key": idempotencyKey } },
    body: { participantId: id, months: 1, amount: statement.data.summary.amountDueNow, channel: "EWALLET" },
  });
  if (paid.error) {
    throw new Error(paid.error.code);
  }
  const cover = await bpu.GET("/v1/participants/{id}/coverage", { params: { path: { id }, query: { date: today } } });
  if (cover.data && !cover.data.protected) {
    throw new Error(`not protected: ${cover.data.reason}`);
  }
  return paid.data.receiptNumber;
}

// A value the contract does not list is a compile error, not a 400 at run time.
// @ts-expect-error PILOT is not a BPU occupation
export const notAnOccupation: Registration["occupation"] = "PILOT";
