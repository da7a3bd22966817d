/**
 * Regression (found by the chaos canaries): a remote error body that quoted the access token
 * (a 401 echoing the Authorization header) put the token in the ConnectorError's message, where
 * hosts log and store it. Messages, Amazon's `errors[]` and D365's OData body are now redacted.
 */
import { describe, expect, it } from "vitest";
import { AmazonApiError, D365ODataError } from "../../src/core/errors.js";
import { registerSecret } from "../../src/core/redact.js";

describe("typed errors never carry a credential a remote system echoed", () => {
  it("redacts token-shaped and registered values in messages, errors[] and OData bodies", () => {
    const token = "Atza|IwEBIRegressionToken123";
    const opaque = "opaque-registered-secret-42";
    registerSecret(opaque);
    const amazon = new AmazonApiError(`refused ${token}`, {
      status: 401,
      errors: [{ code: "Unauthorized", message: `bad token ${token}`, details: opaque }],
    });
    const d365 = new D365ODataError(`refused ${opaque}`, {
      status: 401,
      odata: { message: `Bearer ${opaque}`, innererror: { message: token } },
    });
    const text = [
      amazon.message,
      JSON.stringify(amazon.errors),
      d365.message,
      JSON.stringify(d365.odata),
    ].join("\n");
    expect(text).not.toContain(token);
    expect(text).not.toContain(opaque);
    expect(text).toContain("[redacted]");
  });
});
