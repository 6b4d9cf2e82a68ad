#include "crypto/Memory.h"

#include <openssl/crypto.h>

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace Semina::Crypto {

namespace {
// Buffers at least this large are mapped on their own and advised to use huge pages.
constexpr size_t kLargeSize = 16u << 20;

// Every block starts with this header, so free and realloc know how it was made. A multiple of
// 16 bytes keeps the pointer handed out aligned as malloc's.
struct alignas(16) Header {
    size_t size; // usable bytes
    size_t mapped; // bytes of the mapping; 0 for malloc'd blocks
    std::thread *populating; // faulting in the back half of a mapping, joined before it goes
};
static_assert(sizeof(Header) % 16 == 0);

// Fresh memory is slow to fault in on virtual machines (the host backs each page on first
// touch): for scrypt's 128 MiB that was a third of every unlock. Its buffer is filled front to
// back, so a second thread faults in the back half meanwhile (MADV_POPULATE_WRITE maps pages
// without writing to them, so it never races the owner's writes).
std::thread *populateBackHalf(char *memory, size_t mapped)
{
#ifdef MADV_POPULATE_WRITE
    constexpr size_t kHugePage = 2u << 20;
    const size_t from = (mapped / 2) / kHugePage * kHugePage;
    if (from == 0 || from >= mapped)
        return nullptr;
    try {
        return new std::thread([memory, from, mapped] {
            ::madvise(memory + from, mapped - from, MADV_POPULATE_WRITE); // advice only, as above
        });
    } catch (...) { // no thread to be had: the owner faults it all in itself
        return nullptr;
    }
#else
    static_cast<void>(memory);
    static_cast<void>(mapped);
    return nullptr;
#endif
}

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
        header->populating = populateBackHalf(static_cast<char *>(memory), mapped);
    } else {
        header = static_cast<Header *>(std::malloc(sizeof(Header) + size));
        if (!header)
            return nullptr;
        header->mapped = 0;
        header->populating = nullptr;
    }
    header->size = size;
    return header + 1;
}

void release(void *pointer, const char *, int)
{
    if (!pointer)
        return;
    Header *header = headerOf(pointer);
    if (header->populating) {
        header->populating->join();
        delete header->populating;
    }
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
