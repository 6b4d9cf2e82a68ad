// One timed transfer with the official client @azure/storage-blob, for bench/store-bench.sh:
//   node store-bench.mjs MODE CONTAINER NAME FILE BLOCK CONCURRENCY
// MODE:
//   upload            BlockBlobClient.uploadFile (Put Block + Put Block List), no checksums:
//                     the client's documented way to send a file
//   download          BlobClient.downloadToFile (one streamed GET), checks nothing
//   upload-checked    the same Put Blocks and Put Block List through the client's public calls
//                     (stageBlock, commitBlockList), doing the checks Semina does: each block sent
//                     with its Content-MD5, the whole object's MD5 set as the blob's Content-MD5
//   download-checked  one streamed GET (BlobClient.download) written to the file while its MD5
//                     is computed, then compared with the blob's Content-MD5, as Semina's
//                     default read does; a mismatch or a missing MD5 exits 1
// The account comes from AZURE_STORAGE_CONNECTION_STRING. Prints "bytes=N seconds=S", timed
// around the transfer only, like bench/store_bench.cpp.
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// The client is installed with Azurite, at the version pinned in tools/azurite/package.json.
const require = createRequire(new URL("../tools/azurite/package.json", import.meta.url));
const { BlobServiceClient } = require("@azure/storage-blob");

const modes = ["upload", "download", "upload-checked", "download-checked"];
const [mode, container, name, file, block, concurrency] = process.argv.slice(2);
if (!modes.includes(mode) || !concurrency) {
  console.error(`usage: store-bench.mjs ${modes.join("|")} CONTAINER NAME FILE BLOCK CONCURRENCY`);
  process.exit(2);
}
const blockSize = Number(block);
const parallel = Number(concurrency);
const service = BlobServiceClient.fromConnectionString(process.env.AZURE_STORAGE_CONNECTION_STRING);
const containerClient = service.getContainerClient(container);
await containerClient.createIfNotExists();
const blob = containerClient.getBlockBlobClient(name);

// Reads the file in blocks into parallel + 1 reused buffers, at most `parallel` Put Blocks in
// flight, oldest settled first (so the buffer of the block read next is free), like Semina.
async function uploadChecked() {
  const handle = await open(file, "r");
  try {
    const size = (await handle.stat()).size;
    const buffers = Array.from({ length: parallel + 1 }, () => Buffer.allocUnsafe(blockSize));
    const whole = createHash("md5");
    const ids = [];
    const inflight = [];
    for (let index = 0, offset = 0; offset < size; ++index, offset += blockSize) {
      while (inflight.length >= parallel) await inflight.shift();
      const length = Math.min(blockSize, size - offset);
      const buffer = buffers[index % buffers.length];
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      if (bytesRead !== length) throw new Error(`${file} ended early at ${offset + bytesRead}`);
      const body = buffer.subarray(0, length);
      whole.update(body);
      const id = Buffer.from(`bench-block-${String(index).padStart(7, "0")}`).toString("base64");
      ids.push(id);
      const md5 = createHash("md5").update(body).digest();
      inflight.push(blob.stageBlock(id, body, length, { transactionalContentMD5: md5 }));
    }
    await Promise.all(inflight);
    await blob.commitBlockList(ids, { blobHTTPHeaders: { blobContentMD5: whole.digest() } });
  } finally {
    await handle.close();
  }
}

async function downloadChecked() {
  const response = await blob.download(0);
  const md5 = createHash("md5");
  const hashing = new Transform({
    transform(chunk, _encoding, done) {
      md5.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(response.readableStreamBody, hashing, createWriteStream(file));
  if (!response.contentMD5 || !Buffer.from(response.contentMD5).equals(md5.digest())) {
    console.error(`${name}: the bytes do not match the blob's Content-MD5 (or it has none)`);
    process.exit(1);
  }
}

const start = process.hrtime.bigint();
if (mode === "upload") {
  await blob.uploadFile(file, { blockSize, maxSingleShotSize: blockSize, concurrency: parallel });
} else if (mode === "download") {
  await blob.downloadToFile(file);
} else if (mode === "upload-checked") {
  await uploadChecked();
} else {
  await downloadChecked();
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const bytes = (await stat(file)).size;
console.log(`bytes=${bytes} seconds=${seconds.toFixed(3)}`);
