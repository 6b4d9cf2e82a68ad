#include "crypto/Memory.h"

#include <openssl/crypto.h>

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace Semina::Crypto {

namespace {
// Buffers at least this large are mapped on their own and advised to use huge pages.
constexpr size_t kLargeSize = 16u << 20;

// Every block starts with this header, so free and realloc know how it was made. 16 bytes keep
// the pointer handed out aligned as malloc's.
struct alignas(16) Header {
    size_t size; // usable bytes
    size_t mapped; // bytes of the mapping; 0 for malloc'd blocks
};
static_assert(sizeof(Header) == 16);

Header *headerOf(void *pointer)
{
    return static_cast<Header *>(pointer) - 1;
}

void *allocate(size_t size, const char *, int)
{
    if (size > SIZE_MAX - sizeof(Header) - 4096)
        return nullptr;
    Header *header = nullptr;
    if (size >= kLargeSize) {
        const size_t mapped = sizeof(Header) + size;
        void *memory = ::mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory == MAP_FAILED)
            return nullptr;
        ::madvise(memory, mapped, MADV_HUGEPAGE); // advice only: the kernel may say no
        header = static_cast<Header *>(memory);
        header->mapped = mapped;
    } else {
        header = static_cast<Header *>(std::malloc(sizeof(Header) + size));
        if (!header)
            return nullptr;
        header->mapped = 0;
    }
    header->size = size;
    return header + 1;
}

void release(void *pointer, const char *, int)
{
    if (!pointer)
        return;
    Header *header = headerOf(pointer);
    if (header->mapped)
        ::munmap(header, header->mapped);
    else
        std::free(header);
}

void *reallocate(void *pointer, size_t size, const char *file, int line)
{
    if (!pointer)
        return allocate(size, file, line);
    if (size == 0) {
        release(pointer, file, line);
        return nullptr;
    }
    Header *header = headerOf(pointer);
    if (!header->mapped && size < kLargeSize) {
        auto *grown = static_cast<Header *>(std::realloc(header, sizeof(Header) + size));
        if (!grown)
            return nullptr;
        grown->size = size;
        return grown + 1;
    }
    void *moved = allocate(size, file, line);
    if (!moved)
        return nullptr;
    std::memcpy(moved, pointer, header->size < size ? header->size : size);
    release(pointer, file, line);
    return moved;
}
} // namespace

bool installMemoryFunctions()
{
    return CRYPTO_set_mem_functions(allocate, reallocate, release) == 1;
}

} // namespace Semina::Crypto
