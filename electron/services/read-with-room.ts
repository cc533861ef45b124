import { open, type FileHandle } from 'node:fs/promises';
import { MANIFEST_PART } from './sewb-v2';
import { ZIP_TAIL_BYTES, zipDirectory } from './zip-read';

/** Reads into `into` from `position` until it is full or the file ends; the bytes read. */
async function readFully(handle: FileHandle, into: Uint8Array, position: number): Promise<Uint8Array> {
  let done = 0;
  while (done < into.length) {
    const { bytesRead } = await handle.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return into.subarray(0, done);
}

/**
 * The bytes of a .sewb file, in a buffer with spare bytes before them when it is a version 2 zip: as many as its
 * manifest's size (from the zip's directory, read first) rounded up to 8, room for the dataset wire's prefix to be
 * written just before the Arrow table (held-dataset.ts frames it in place: the facts' JSON is at most the manifest
 * that holds them, for the files the workbench writes). `spaceBefore` says the bytes before are free to overwrite.
 */
export async function readSewbBytes(path: string): Promise<{ bytes: Uint8Array; spaceBefore: boolean }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tail = await readFully(
      handle,
      new Uint8Array(Math.min(size, ZIP_TAIL_BYTES)),
      size - Math.min(size, ZIP_TAIL_BYTES),
    );
    let room = 0;
    try {
      const manifest = zipDirectory(tail, size).get(MANIFEST_PART);
      if (manifest) room = (manifest.size + 64 + 7) & ~7;
    } catch {
      // Not a zip, or its directory is not in the tail: read as it is (the reader refuses it or copies).
    }
    const buffer = new Uint8Array(room + size);
    const bytes = await readFully(handle, buffer.subarray(room), 0);
    return { bytes, spaceBefore: room > 0 };
  } finally {
    await handle.close();
  }
}
