/**
 * Turns whatever holds a settlement report (bytes, streams, strings) into a stream of text chunks,
 * decompressing gzip and decoding bytes as it goes, so the file never sits in memory whole.
 */
import { isAscii } from "node:buffer";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";

/** Sources {@link parseSettlement} reads. Strings and string iterables are already decoded text. */
export type SettlementInput =
  | string
  | Uint8Array
  | ReadableStream<Uint8Array>
  | NodeJS.ReadableStream
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

/**
 * Text encoding of the bytes. Any WHATWG label works (`"utf-8"`, `"windows-1252"`, `"shift_jis"`,
 * `"utf-16le"`); a byte-order mark always wins over the label, as in browsers.
 */
export type SettlementEncoding = "auto" | "utf-8" | "windows-1252" | "shift_jis" | (string & {});

/** Raised inside the decoder; the parser turns it into a located SettlementParseError. */
export class DecodeFailure extends Error {
  constructor(
    readonly encoding: string,
    readonly reason: "invalid" | "gzip" | "label",
    cause?: unknown,
  ) {
    super(`cannot decode settlement bytes as ${encoding}`, { cause });
  }
}

/** What the decoder found out; filled as it reads. */
export interface DecodeState {
  /** Encoding in use: a WHATWG name, or `"text"` for input that was already a string. */
  encoding: string;
  /** True once gzip was detected and undone. */
  gzip: boolean;
}

const STRING_SLICE = 1 << 16;
const NON_ASCII = /[\u0080-\uffff]/;
const LOOKS_JAPANESE = /\tJPY(?:\t|\r?\n|$)|Amazon\.co\.jp/;

async function* toChunks(input: SettlementInput): AsyncGenerator<Uint8Array | string> {
  if (typeof input === "string") {
    for (let i = 0; i < input.length; i += STRING_SLICE) yield input.slice(i, i + STRING_SLICE);
    return;
  }
  if (input instanceof Uint8Array) {
    for (let i = 0; i < input.length; i += STRING_SLICE) yield input.subarray(i, i + STRING_SLICE);
    return;
  }
  if (typeof (input as ReadableStream<Uint8Array>).getReader === "function") {
    const reader = (input as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      // Stop the producer when the parser stops early (error or break).
      await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  }
  if (Symbol.asyncIterator in (input as object)) {
    yield* input as AsyncIterable<Uint8Array | string>;
    return;
  }
  if (Symbol.iterator in (input as object)) {
    yield* input as Iterable<Uint8Array | string>;
    return;
  }
  throw new TypeError("settlement input must be a string, bytes, a stream or an iterable of chunks");
}

async function* gunzipIfNeeded(
  source: AsyncGenerator<Uint8Array | string>,
  state: DecodeState,
): AsyncGenerator<Uint8Array | string> {
  const first = await source.next();
  if (first.done) return;
  const head = first.value;
  if (typeof head === "string" || head.length < 2 || head[0] !== 0x1f || head[1] !== 0x8b) {
    yield head;
    yield* source;
    return;
  }
  state.gzip = true;
  const gunzip = createGunzip();
  const feed = Readable.from(
    (async function* () {
      yield head;
      for await (const c of source) yield c;
    })(),
  );
  feed.on("error", (e) => gunzip.destroy(e));
  feed.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Uint8Array;
  } catch (e) {
    throw new DecodeFailure("gzip", "gzip", e);
  } finally {
    feed.destroy();
    gunzip.destroy();
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The part of TextDecoder the decoder uses, so a fixed-up Windows-1252 decoder can stand in. */
interface ByteDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

// Windows-1252 characters of bytes 0x80-0x9F; the five undefined bytes stay C1 controls, as in WHATWG.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
const C1 = /[\u0080-\u009f]/g;
// Some Node builds decode "windows-1252" as ISO-8859-1 (0x80 → U+0080 instead of €); detect once.
const CP1252_NEEDS_FIX = new TextDecoder("windows-1252").decode(Uint8Array.of(0x80)) !== "\u20ac";

function decoderFor(label: string): ByteDecoder {
  let decoder: TextDecoder;
  try {
    // ignoreBOM false: the decoder drops a BOM of its own encoding.
    decoder = new TextDecoder(label, { fatal: true });
  } catch (e) {
    throw new DecodeFailure(label, "label", e);
  }
  if (decoder.encoding !== "windows-1252" || !CP1252_NEEDS_FIX) return decoder;
  return {
    encoding: decoder.encoding,
    decode: (input, options) =>
      decoder.decode(input, options).replace(C1, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80)),
  };
}

/**
 * Decodes `input` into text chunks.
 *
 * With `encoding: "auto"` (the default): a BOM decides (UTF-8, UTF-16LE/BE); otherwise the bytes are
 * read as strict UTF-8 until the first sequence that is not UTF-8. If everything before it was ASCII,
 * decoding switches to Shift_JIS when the file looks Japanese (a `JPY` cell or `Amazon.co.jp`) and to
 * Windows-1252 otherwise, and restarts at the bytes not yet decoded; if non-ASCII UTF-8 came before,
 * the file mixes encodings and decoding fails where it breaks.
 *
 * On a failure, the text before the bad bytes is yielded first, then {@link DecodeFailure} is thrown,
 * so the caller can say on which line and column the file breaks.
 */
export async function* decodeSettlement(
  input: SettlementInput,
  encoding: SettlementEncoding,
  state: DecodeState,
): AsyncGenerator<string> {
  const source = gunzipIfNeeded(toChunks(input), state);
  let decoder: ByteDecoder | undefined;
  let committed = encoding !== "auto";
  let pendingTail: Uint8Array = new Uint8Array(0);
  let head: Uint8Array | undefined;
  let sniff = "";

  const start = (bytes: Uint8Array): Uint8Array => {
    const bom = bomEncoding(bytes);
    const label = bom ?? (encoding === "auto" ? "utf-8" : encoding);
    if (bom) committed = true;
    decoder = decoderFor(label);
    state.encoding = decoder.encoding;
    return bytes;
  };

  const decodeCommitted = function* (bytes: Uint8Array, final: boolean): Generator<string> {
    const d = decoder as ByteDecoder;
    try {
      const text = final ? d.decode(bytes) : d.decode(bytes, { stream: true });
      if (text) yield text;
    } catch (e) {
      // Yield the good prefix so the parser can locate the break, then fail.
      // Only multi-byte decoders fail, so a plain lenient TextDecoder locates the bad bytes.
      const lenient = new TextDecoder(d.encoding).decode(bytes);
      const at = lenient.indexOf("\uFFFD");
      if (at > 0) yield lenient.slice(0, at);
      throw new DecodeFailure(d.encoding, "invalid", e);
    }
  };

  for await (const chunk of source) {
    if (typeof chunk === "string") {
      if (state.encoding === "") state.encoding = "text";
      yield chunk;
      continue;
    }
    let bytes: Uint8Array = chunk;
    if (decoder === undefined) {
      // A BOM needs three bytes; gather them even from tiny chunks.
      head = head ? concat(head, bytes) : bytes;
      if (head.length < 3) continue;
      bytes = start(head);
      head = undefined;
    }
    if (committed) {
      yield* decodeCommitted(bytes, false);
      continue;
    }
    let text: string;
    try {
      text = (decoder as ByteDecoder).decode(bytes, { stream: true });
    } catch (e) {
      const joined = concat(pendingTail, bytes);
      pendingTail = new Uint8Array(0);
      // Valid non-ASCII UTF-8 before the bad bytes means a UTF-8 file that is broken, not another encoding.
      const lenient = new TextDecoder("utf-8").decode(joined);
      const bad = lenient.indexOf("\uFFFD");
      if (bad > 0 && NON_ASCII.test(lenient.slice(0, bad))) {
        yield lenient.slice(0, bad);
        throw new DecodeFailure("utf-8", "invalid", e);
      }
      yield* fallBack(joined, false);
      continue;
    }
    if (!isAscii(bytes) && NON_ASCII.test(text)) {
      committed = true;
      pendingTail = new Uint8Array(0);
    } else {
      // UTF-8 holds back an incomplete sequence at the end; keep those bytes for a possible fallback.
      let k = bytes.length;
      while (k > 0 && bytes.length - k < 3 && (bytes[k - 1] as number) >= 0x80) k--;
      pendingTail = k < bytes.length ? concat(pendingTail, bytes.subarray(k)) : new Uint8Array(0);
      if (sniff.length < 65_536) sniff += text.slice(0, 65_536);
    }
    if (text) yield text;
  }
  if (head !== undefined) start(head);
  if (decoder === undefined) return;
  if (committed) {
    yield* decodeCommitted(head ?? new Uint8Array(0), true);
    return;
  }
  try {
    const text = decoder.decode(head ?? new Uint8Array(0));
    if (text) yield text;
  } catch {
    yield* fallBack(pendingTail, true);
  }

  function* fallBack(bytes: Uint8Array, final: boolean): Generator<string> {
    const preview = sniff || new TextDecoder("windows-1252").decode(bytes.subarray(0, 65_536));
    const label = LOOKS_JAPANESE.test(preview) ? "shift_jis" : "windows-1252";
    decoder = decoderFor(label);
    state.encoding = decoder.encoding;
    committed = true;
    yield* decodeCommitted(bytes, final);
  }
}
