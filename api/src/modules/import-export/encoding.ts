/** Recognises files that are not UTF-8 before they are parsed (Excel's "Unicode text" is UTF-16). */

export type EncodingProblem = "utf16" | "invalidUtf8";

/** Decodes bytes as UTF-8, or says why they are not. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: EncodingProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: "utf16" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { problem: "invalidUtf8" };
  }
}

/** Checks text that was decoded elsewhere (an upload): replacement characters or NULs betray it. */
export function textEncodingProblem(text: string): EncodingProblem | null {
  if (text.startsWith("\uFFFE") || /^[^\0]\0[^\0]\0/.test(text) || /^\0[^\0]\0[^\0]/.test(text)) {
    return "utf16";
  }
  if (text.includes("\uFFFD")) return text.startsWith("\uFFFD\uFFFD") ? "utf16" : "invalidUtf8";
  if (text.includes("\0")) return "utf16";
  return null;
}
