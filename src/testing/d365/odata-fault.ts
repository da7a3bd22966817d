/**
 * Failures inside the D365 simulator, turned into the error bodies D365 sends:
 * `{ error: { code, message, innererror: { message, type, stacktrace } } }`.
 */

/** The JSON error body of a D365 OData failure. */
export interface D365ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly innererror: { readonly message: string; readonly type: string; readonly stacktrace: string };
  };
}

const ODATA_EXCEPTION = "Microsoft.OData.ODataException";
const WRITE_EXCEPTION = "Microsoft.Dynamics.Platform.Integration.Services.OData.AxODataWriteException";
const DELETE_EXCEPTION = "Microsoft.Dynamics.Platform.Integration.Services.OData.AxODataDeleteException";
const STACK = "   at Microsoft.Dynamics.Platform.Integration.Services.OData.Update.UpdateProcessor.Process()";

/** A failure the simulator answers with an HTTP error status and a D365 error body. */
export class ODataFault extends Error {
  constructor(
    readonly status: number,
    readonly body: D365ErrorBody,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(body.error.innererror.message || body.error.message);
    this.name = "ODataFault";
  }

  /** A protocol-level failure (bad URL, bad literal, unknown property): the message is the detail. */
  static odata(status: number, message: string, headers?: Readonly<Record<string, string>>): ODataFault {
    return new ODataFault(
      status,
      { error: { code: "", message, innererror: { message, type: ODATA_EXCEPTION, stacktrace: STACK } } },
      headers,
    );
  }

  /** A business-logic failure on insert/update: D365 says "An error has occurred." and puts the infolog inside. */
  static write(infolog: string, entityType?: string): ODataFault {
    const inner = entityType
      ? `Write failed for table row of type '${entityType}'. Infolog: Error: ${infolog}`
      : infolog;
    return new ODataFault(400, {
      error: {
        code: "",
        message: "An error has occurred.",
        innererror: { message: inner, type: WRITE_EXCEPTION, stacktrace: STACK },
      },
    });
  }

  /** A business-logic failure on delete. */
  static delete(infolog: string, entityType: string): ODataFault {
    const inner = `Delete failed for table row of type '${entityType}'. Infolog: Error: ${infolog}`;
    return new ODataFault(400, {
      error: {
        code: "",
        message: "An error has occurred.",
        innererror: { message: inner, type: DELETE_EXCEPTION, stacktrace: STACK },
      },
    });
  }

  /** Copies this fault with the entity type named in a write failure's infolog. */
  withEntityType(entityType: string): ODataFault {
    const inner = this.body.error.innererror;
    if (inner.type !== WRITE_EXCEPTION || inner.message.startsWith("Write failed")) return this;
    return ODataFault.write(inner.message, entityType);
  }
}
