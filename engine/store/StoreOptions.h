#pragma once

#include "store/RetryPolicy.h"

#include <QtGlobal>

namespace Semina::Store {

// Tuning of a remote store; the local folder store ignores it.
struct StoreOptions {
    // Objects up to this size travel in one request (Azure Put Blob); larger ones in blocks
    // of this size (Put Block + Put Block List); large objects are read in one streamed Get.
    qint64 blockSize = 4 * 1024 * 1024;
    // Blocks in flight at once for one upload; 4 keeps 2 cores busy with TLS and MD5.
    int parallelism = 4;
    RetryPolicy retry;
};

} // namespace Semina::Store
