// The slabs behind py::object_pool (pyrt/object_pool.h).
#include "pyrt/object_pool.h"

#include <sys/mman.h>

#include <algorithm>

namespace py::object_pool {

FreeNode* free_lists[kClasses + 1] = {};

namespace {
constexpr std::size_t kSlabBytes = 64 * 1024;

// Slabs are cut from chunks that are mapped and populated in one call. A
// first touch of a fresh page is a page fault, ~11 µs each on the virtual
// machines we measure on, while madvise(MADV_POPULATE_WRITE) over a range
// costs under 1 µs a page: a program that makes a million tasks touches
// ~400k fresh pages, and one fault at a time that was most of its run time.
// Chunks double from 256 KiB to 8 MiB, so a small program maps little and
// what is populated but not yet used stays a fraction of what is.
constexpr std::size_t kFirstChunkBytes = 256 * 1024;
constexpr std::size_t kLargestChunkBytes = 8 * 1024 * 1024;
#ifndef MADV_POPULATE_WRITE
constexpr int MADV_POPULATE_WRITE = 23;  // Linux 5.14; older kernels refuse it, and pages fault in as before
#endif

char* chunk_next = nullptr;
char* chunk_end = nullptr;
std::size_t next_chunk_bytes = kFirstChunkBytes;

char* new_slab() {
  if (chunk_next == chunk_end) {
    std::size_t bytes = next_chunk_bytes;
    void* chunk = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (chunk == MAP_FAILED) throw std::bad_alloc();
    madvise(chunk, bytes, MADV_POPULATE_WRITE);
    chunk_next = static_cast<char*>(chunk);
    chunk_end = chunk_next + bytes;
    next_chunk_bytes = std::min(bytes * 2, kLargestChunkBytes);
  }
  char* slab = chunk_next;
  chunk_next += kSlabBytes;
  return slab;
}
}  // namespace

void* refill(std::size_t c) {
  std::size_t block = c * kGranule;
  std::size_t count = kSlabBytes / block;
  char* slab = new_slab();
  // Blocks go on the list in address order: frames made one after another
  // sit next to each other.
  for (std::size_t i = count - 1; i >= 1; --i) {
    auto* n = reinterpret_cast<FreeNode*>(slab + i * block);
    n->next = free_lists[c];
    free_lists[c] = n;
  }
  return slab;
}

}  // namespace py::object_pool
