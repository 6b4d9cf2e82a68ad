// One timed transfer with the official client @azure/storage-blob, for bench/store-bench.sh:
//   node store-bench.mjs upload CONTAINER NAME FILE BLOCK CONCURRENCY
//   node store-bench.mjs download CONTAINER NAME FILE BLOCK CONCURRENCY
// upload is BlockBlobClient.uploadFile (Put Block + Put Block List); download is
// BlobClient.downloadToFile (the client's documented way to fetch a blob into a file).
// The account comes from AZURE_STORAGE_CONNECTION_STRING. Prints "bytes=N seconds=S", timed
// around the one client call only, like bench/store_bench.cpp.
import { createRequire } from "node:module";
import { stat } from "node:fs/promises";

// The client is installed with Azurite, at the version pinned in tools/azurite/package.json.
const require = createRequire(new URL("../tools/azurite/package.json", import.meta.url));
const { BlobServiceClient } = require("@azure/storage-blob");

const [mode, container, name, file, block, concurrency] = process.argv.slice(2);
if (!["upload", "download"].includes(mode) || !concurrency) {
  console.error("usage: store-bench.mjs upload|download CONTAINER NAME FILE BLOCK CONCURRENCY");
  process.exit(2);
}
const service = BlobServiceClient.fromConnectionString(process.env.AZURE_STORAGE_CONNECTION_STRING);
const containerClient = service.getContainerClient(container);
await containerClient.createIfNotExists();
const blob = containerClient.getBlockBlobClient(name);

const start = process.hrtime.bigint();
if (mode === "upload") {
  await blob.uploadFile(file, {
    blockSize: Number(block),
    maxSingleShotSize: Number(block),
    concurrency: Number(concurrency),
  });
} else {
  await blob.downloadToFile(file);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const bytes = (await stat(file)).size;
console.log(`bytes=${bytes} seconds=${seconds.toFixed(3)}`);
