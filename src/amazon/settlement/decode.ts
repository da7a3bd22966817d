/**
 * Turns whatever holds a settlement report (bytes, streams, strings) into a stream of UTF-8 byte
 * chunks, decompressing gzip and transcoding other encodings as it goes, so the file never sits in
 * memory whole and the parser only ever scans UTF-8 bytes.
 *
 * UTF-8 input (nearly every real file) passes through untouched: it is only validated, with the
 * native `isAscii` / `isUtf8` scans. Windows-1252, Shift_JIS and UTF-16 are decoded once per chunk
 * and re-encoded as UTF-8, which costs a copy but keeps one fast path in the parser.
 *
 * Every decision here depends on the bytes, never on where the chunks happen to end: gzip is detected
 * from the first two bytes even when they arrive one by one, a character or a CRLF may straddle
 * chunks, and the Shift_JIS/Windows-1252 fallback looks at the same window of the file whatever the
 * chunking.
 */
import { Buffer, isAscii, isUtf8 } from "node:buffer";
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

/** True when `input` is something {@link decodeSettlement} can read. */
export function isSettlementInput(input: unknown): input is SettlementInput {
  if (typeof input === "string" || input instanceof Uint8Array) return true;
  if (input === null || typeof input !== "object") return false;
  return (
    typeof (input as ReadableStream).getReader === "function" ||
    Symbol.asyncIterator in input ||
    Symbol.iterator in input
  );
}

const SLICE = 1 << 16;
/** How much of the file decides between Shift_JIS and Windows-1252 when it is not UTF-8. */
const SNIFF_BYTES = 1 << 16;
const LOOKS_JAPANESE = /\tJPY(?:\t|\r?\n|$)|Amazon\.co\.jp/;

async function* toChunks(input: SettlementInput): AsyncGenerator<Uint8Array | string> {
  if (typeof input === "string") {
    for (let i = 0; i < input.length; i += SLICE) yield input.slice(i, i + SLICE);
    return;
  }
  if (input instanceof Uint8Array) {
    for (let i = 0; i < input.length; i += SLICE) yield input.subarray(i, i + SLICE);
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
  yield* input as Iterable<Uint8Array | string>;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

async function* gunzipIfNeeded(
  source: AsyncGenerator<Uint8Array | string>,
  state: DecodeState,
): AsyncGenerator<Uint8Array | string> {
  // The magic number is two bytes; a stream may hand them over one at a time.
  let head: Uint8Array = new Uint8Array(0);
  for (;;) {
    const next = await source.next();
    if (next.done) {
      if (head.length > 0) yield head;
      return;
    }
    if (typeof next.value === "string") {
      if (head.length > 0) yield head;
      yield next.value;
      yield* source;
      return;
    }
    head = concat(head, next.value);
    if (head.length >= 2) break;
  }
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield head;
    yield* source;
    return;
  }
  state.gzip = true;
  yield* gunzip(head, source);
}

/** Compressed bytes go to zlib in blocks of this size, whatever the input's chunking. */
const GZIP_BLOCK = 1 << 14;

/** The input re-cut into {@link GZIP_BLOCK}-byte blocks (the last one shorter). */
async function* blocks(
  first: Uint8Array,
  source: AsyncGenerator<Uint8Array | string>,
): AsyncGenerator<Uint8Array> {
  let block = new Uint8Array(GZIP_BLOCK);
  let filled = 0;
  const add = function* (bytes: Uint8Array): Generator<Uint8Array> {
    let at = 0;
    while (at < bytes.length) {
      const n = Math.min(GZIP_BLOCK - filled, bytes.length - at);
      block.set(bytes.subarray(at, at + n), filled);
      filled += n;
      at += n;
      if (filled === GZIP_BLOCK) {
        yield block;
        block = new Uint8Array(GZIP_BLOCK);
        filled = 0;
      }
    }
  };
  yield* add(first);
  for await (const chunk of source)
    yield* add(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
  if (filled > 0) yield block.subarray(0, filled);
}

/**
 * Decompresses gzip deterministically: zlib gets the same blocks whatever the input's chunking, and
 * every byte it produced before an error is passed on before the error. (Iterating the Gunzip stream
 * would drop output still buffered when the stream is destroyed by the error, which depends on timing.)
 */
async function* gunzip(
  first: Uint8Array,
  source: AsyncGenerator<Uint8Array | string>,
): AsyncGenerator<Uint8Array> {
  const zlib = createGunzip();
  const out: Buffer[] = [];
  let failure: unknown;
  let ended = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  zlib.on("data", (chunk: Buffer) => out.push(chunk));
  zlib.on("error", (e) => {
    failure = e;
    signal();
  });
  zlib.on("end", () => {
    ended = true;
    signal();
  });
  const settled = () => failure !== undefined || ended;
  try {
    for await (const block of blocks(first, source)) {
      // Wait until zlib has produced everything this block gives (or failed) before the next one,
      // which also keeps the output buffered here to one block's worth.
      await new Promise<void>((resolve) => {
        wake = resolve;
        zlib.write(block, () => signal());
      });
      while (out.length > 0) yield out.shift() as Buffer;
      if (settled()) break;
    }
    if (!settled()) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        zlib.end();
      });
    }
    // 'end' and 'error' come after the last 'data'; let any data emitted on the same tick land.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (out.length > 0) yield out.shift() as Buffer;
    if (failure !== undefined) throw new DecodeFailure("gzip", "gzip", failure);
  } finally {
    zlib.destroy();
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
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
 * Length of the prefix of `bytes` that is whole UTF-8 characters: a sequence cut by the end of the
 * chunk is left for the next one. Invalid bytes are not judged here; `isUtf8` does that.
 */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = n - 1;
  while (i >= 0 && i >= n - 3 && ((bytes[i] as number) & 0xc0) === 0x80) i--;
  if (i < 0) return n;
  const lead = bytes[i] as number;
  if (lead < 0xc0) return n;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return n - i < need ? i : n;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (WHATWG rules). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lo || c > hi) return i;
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return n;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/**
 * Decodes `input` into chunks of UTF-8 bytes (Buffers; a chunk may end anywhere, even inside a line).
 *
 * With `encoding: "auto"` (the default): a BOM decides (UTF-8, UTF-16LE/BE); otherwise the bytes are
 * read as strict UTF-8 until the first sequence that is not UTF-8. If everything before it was ASCII,
 * decoding switches to Shift_JIS when the first 64 KiB of the file look Japanese (a `JPY` cell or
 * `Amazon.co.jp`) and to Windows-1252 otherwise, from the bytes not yet passed on; if non-ASCII
 * UTF-8 came before, the file mixes encodings and decoding fails where it breaks.
 *
 * On a failure, the bytes before the bad ones are yielded first, then {@link DecodeFailure} is
 * thrown, so the caller can say on which line and column the file breaks.
 */
export async function* decodeSettlement(
  input: SettlementInput,
  encoding: SettlementEncoding,
  state: DecodeState,
): AsyncGenerator<Buffer> {
  const source = gunzipIfNeeded(toChunks(input), state);
  /** `utf8`: validate and pass through; `transcode`: decode with `decoder`, re-encode as UTF-8. */
  let mode = "start" as "start" | "utf8" | "transcode";
  /** UTF-8 only: still free to fall back to another encoding (nothing but ASCII seen so far). */
  let auto = false;
  let decoder: ByteDecoder | undefined;
  let head: Uint8Array = new Uint8Array(0);
  let tail: Uint8Array = new Uint8Array(0);
  /** The first {@link SNIFF_BYTES} bytes, kept while the fallback is still possible. */
  let sniff: Uint8Array[] = [];
  let sniffed = 0;
  /** A string chunk may end between the two halves of a surrogate pair. */
  let highSurrogate = "";

  const start = (bytes: Uint8Array): Uint8Array => {
    const bom = bomEncoding(bytes);
    const label = bom ?? (encoding === "auto" ? "utf-8" : encoding);
    const d = decoderFor(label);
    state.encoding = d.encoding;
    if (d.encoding === "utf-8") {
      mode = "utf8";
      auto = bom === undefined && encoding === "auto";
      return bom ? bytes.subarray(3) : bytes;
    }
    mode = "transcode";
    decoder = d;
    return bytes;
  };

  const transcode = (bytes: Uint8Array, final: boolean): Buffer => {
    const d = decoder as ByteDecoder;
    try {
      return Buffer.from(final ? d.decode(bytes) : d.decode(bytes, { stream: true }), "utf8");
    } catch (e) {
      // Only multi-byte decoders fail, so a lenient decoder of the same encoding locates the bad bytes.
      const lenient = new TextDecoder(d.encoding).decode(bytes);
      const at = lenient.indexOf("\uFFFD");
      throw Object.assign(new DecodeFailure(d.encoding, "invalid", e), {
        prefix: Buffer.from(at > 0 ? lenient.slice(0, at) : "", "utf8"),
      });
    }
  };

  /** Decides the fallback encoding from the first SNIFF_BYTES of the file. */
  const fallBack = (): void => {
    const window = Buffer.concat(sniff).subarray(0, SNIFF_BYTES);
    sniff = [];
    const label = LOOKS_JAPANESE.test(window.toString("latin1")) ? "shift_jis" : "windows-1252";
    decoder = decoderFor(label);
    state.encoding = decoder.encoding;
    mode = "transcode";
    auto = false;
  };

  // Bytes held back for a possible fallback until the sniff window is full.
  let held: Uint8Array[] | undefined;

  /** UTF-8 bytes of one chunk (after `tail`); yields the good ones, throws at bad ones. */
  function* utf8(bytes: Uint8Array, final: boolean): Generator<Buffer> {
    const all = concat(tail, bytes);
    const n = final ? all.length : completeLength(all);
    const whole = all.subarray(0, n);
    tail = n < all.length ? all.slice(n) : new Uint8Array(0);
    if (auto && sniffed < SNIFF_BYTES) {
      // A copy: the source may reuse its buffer once the chunk is passed on.
      sniff.push(new Uint8Array(whole));
      sniffed += whole.length;
    }
    if (isAscii(whole)) {
      if (whole.length > 0) yield asBuffer(whole);
      return;
    }
    if (isUtf8(whole)) {
      auto = false;
      sniff = [];
      yield asBuffer(whole);
      return;
    }
    const bad = firstInvalidUtf8(whole);
    const good = whole.subarray(0, bad);
    if (!auto || !isAscii(good)) {
      // Valid non-ASCII UTF-8 before the bad bytes means a UTF-8 file that is broken, not another encoding.
      if (good.length > 0) yield asBuffer(good);
      throw new DecodeFailure("utf-8", "invalid");
    }
    // Everything so far was ASCII: another encoding. Hold this chunk until the sniff window is full.
    held = [new Uint8Array(concat(whole, tail))];
    tail = new Uint8Array(0);
    if (sniffed >= SNIFF_BYTES || final) yield* release(final);
  }

  /** Decides the fallback encoding and transcodes the bytes held for it. */
  function* release(final: boolean): Generator<Buffer> {
    fallBack();
    const pending = held as Uint8Array[];
    held = undefined;
    for (let i = 0; i < pending.length; i++) {
      yield transcode(pending[i] as Uint8Array, final && i === pending.length - 1);
    }
  }

  try {
    for await (const chunk of source) {
      if (typeof chunk === "string") {
        if (state.encoding === "") state.encoding = "text";
        let text = highSurrogate + chunk;
        highSurrogate = "";
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          highSurrogate = text.slice(-1);
          text = text.slice(0, -1);
        }
        if (text.length > 0) yield Buffer.from(text, "utf8");
        continue;
      }
      let bytes: Uint8Array = chunk;
      if (mode === "start") {
        // A BOM needs three bytes; gather them even from tiny chunks.
        head = concat(head, bytes);
        if (head.length < 3) continue;
        bytes = start(head);
        head = new Uint8Array(0);
      }
      if (held !== undefined) {
        const copy = new Uint8Array(bytes);
        held.push(copy);
        sniff.push(copy);
        sniffed += copy.length;
        if (sniffed >= SNIFF_BYTES) yield* release(false);
        continue;
      }
      if (mode === "utf8") yield* utf8(bytes, false);
      else yield transcode(bytes, false);
    }
    if (highSurrogate) yield Buffer.from(highSurrogate, "utf8");
    if (mode === "start") {
      if (head.length === 0) return;
      const bytes = start(head);
      // start() sets a decoder only for the transcoding mode.
      if (decoder === undefined) yield* utf8(bytes, true);
      else yield transcode(bytes, false);
    } else if (held !== undefined) {
      yield* release(false);
    } else if (mode === "utf8") {
      yield* utf8(new Uint8Array(0), true);
    }
    if (mode === "transcode") {
      const rest = transcode(new Uint8Array(0), true);
      if (rest.length > 0) yield rest;
    }
  } catch (e) {
    const prefix = (e as { prefix?: Buffer }).prefix;
    if (prefix !== undefined && prefix.length > 0) yield prefix;
    throw e;
  }
}
