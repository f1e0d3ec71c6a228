import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One part of a zip: its bytes, or data already deflated with its unpacked size and CRC. */
export type ZipPart =
  | { name: string; data: string | Buffer; store?: boolean }
  | { name: string; deflated: Buffer; size: number; crc: number };

/**
 * A zip file as Office and OpenDocument write them (local headers, data, central directory), small
 * enough to write in a test: the tests build hostile documents here instead of keeping binaries.
 */
export function makeZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    let packed: Buffer;
    let size: number;
    let crc: number;
    let method: number;
    if ('deflated' in part) {
      ({ deflated: packed, size, crc } = part);
      method = 8;
    } else {
      const data = Buffer.from(part.data);
      ({ length: size } = data);
      crc = crc32(data);
      method = part.store ? 0 : 8;
      packed = part.store ? data : deflateRawSync(data);
    }
    const header = (signature: number, central: boolean) => {
      const buffer = Buffer.alloc(central ? 46 : 30);
      buffer.writeUInt32LE(signature, 0);
      // The central header has "made by" before the fields that both headers share.
      const at = central ? 6 : 4;
      if (central) buffer.writeUInt16LE(20, 4);
      buffer.writeUInt16LE(20, at); // needed to extract
      buffer.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      buffer.writeUInt16LE(method, at + 4);
      buffer.writeUInt32LE(0, at + 6); // time and date
      buffer.writeUInt32LE(crc, at + 10);
      buffer.writeUInt32LE(packed.length, at + 14);
      buffer.writeUInt32LE(size, at + 18);
      buffer.writeUInt16LE(name.length, at + 22);
      if (central) buffer.writeUInt32LE(offset, 42);
      return Buffer.concat([buffer, name]);
    };
    const local = Buffer.concat([header(0x04034b50, false), packed]);
    centrals.push(header(0x02014b50, true));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * `mebibytes` MiB of zeros, deflated as Office would (about 1 MB a GiB): a megabyte of zeros
 * deflated once with a full flush is a block that stands on its own, so it is repeated instead of
 * deflating a gigabyte.
 */
export function zerosDeflated(mebibytes: number): { deflated: Buffer; size: number; crc: number } {
  const megabyte = Buffer.alloc(1 << 20);
  const block = deflateRawSync(megabyte, { finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let index = 0; index < mebibytes; index++) crc = crc32(megabyte, crc);
  const final = Buffer.from([0x03, 0x00]); // an empty final block
  return { deflated: Buffer.concat([...Array<Buffer>(mebibytes).fill(block), final]), size: mebibytes << 20, crc };
}
