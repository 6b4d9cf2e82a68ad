#pragma once

namespace Semina::Crypto {

// Routes OpenSSL's allocations through Semina's allocator, which backs large buffers with
// transparent huge pages. The scrypt key derivation touches 128 MiB at every vault unlock; with
// 4 KiB pages this virtual machine spends about half of that time in page faults and TLB misses.
// Must be the first thing main() does: OpenSSL accepts new memory functions only before its
// first allocation. Returns false when OpenSSL had already allocated (nothing changes then).
bool installMemoryFunctions();

} // namespace Semina::Crypto
