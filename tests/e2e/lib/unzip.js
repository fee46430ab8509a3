// Reads a zip the way an LMS does when an administrator uploads a package: the central
// directory at the end, then each entry's own header and its deflated (or stored) bytes.
// Small and strict, so the journeys test the package itself without an unzip tool.
import { inflateRawSync } from 'node:zlib';

const MAX_ENTRIES = 10_000;

/// Every file of the zip in `bytes` (a Buffer), as [name, Buffer] pairs in directory order.
export function unzip(bytes) {
  // The end-of-central-directory record: its signature within the last 64 KB + 22 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  if (count > MAX_ENTRIES) throw new Error(`too many entries: ${count}`);
  let at = bytes.readUInt32LE(end + 16);
  const files = [];
  for (let n = 0; n < count; n++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`entry ${n}: bad central header`);
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    if (bytes.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: bad local header`);
    // The sizes come from the central directory: a streamed entry leaves the local ones zero.
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressed);
    let content;
    if (method === 8) content = inflateRawSync(data);
    else if (method === 0) content = Buffer.from(data);
    else throw new Error(`${name}: compression method ${method}`);
    if (content.length !== size) throw new Error(`${name}: ${content.length} bytes, expected ${size}`);
    files.push([name, content]);
  }
  return files;
}
