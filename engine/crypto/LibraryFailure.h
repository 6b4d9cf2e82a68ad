#pragma once

#include "core/Error.h"

namespace Semina::Crypto {

// The error for an OpenSSL call that failed (`what` names it): Internal, with OpenSSL's own
// error queue, which this empties, as the details. Every crypto wrapper reports through it.
Error libraryFailure(const char *what);

// OpenSSL's queued error messages, one a line; empties the queue.
QString takeLibraryErrors();

} // namespace Semina::Crypto
