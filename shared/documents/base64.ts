/**
 * Base64 (standard alphabet, padded) for Yjs updates on the wire, the same in the renderer, main and Node
 * tests. Works in chunks so a multi-megabyte update does not overflow `String.fromCharCode`'s arguments.
 */
// Globals of browsers and of Node ≥ 16; shared/ is typed without the DOM or Node libraries.
declare function btoa(data: string): string;
declare function atob(data: string): string;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let at = 0; at < bytes.length; at += step) {
    binary += String.fromCharCode(...bytes.subarray(at, at + step));
  }
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at += 1) bytes[at] = binary.charCodeAt(at);
  return bytes;
}
