// py::object_pool: where heap objects (py::Object and all that derives from
// it) get their memory, as CPython's pymalloc. Most objects are small and
// short-lived (a coroutine's frame often lives exactly as long as one
// `await` of it; a task makes a future, a handle and a timer per sleep), so
// malloc/free per object would be much of what they cost, plus a malloc
// header each. Objects are carved from 64 KiB slabs into free lists by size
// (16-byte steps up to 1 KiB); a freed object goes back to its list and the
// next object of that size reuses it, with no allocator call. Larger objects
// use the global allocator. Slabs are kept until exit, as CPython keeps its
// free lists. The runtime runs Python code on one thread.
#pragma once
#include <cstddef>
#include <new>

namespace py::object_pool {

constexpr std::size_t kGranule = 16;
constexpr std::size_t kClasses = 64;  // sizes up to kGranule * kClasses bytes come from the pool

struct FreeNode {
  FreeNode* next;
};
extern FreeNode* free_lists[kClasses + 1];

// Under AddressSanitizer (a sanitizer build: tests/tools/sanitize.sh) the
// pool serves nothing: every object comes from the instrumented allocator,
// so that a use after free is reported instead of reading a reused block.
#if defined(__SANITIZE_ADDRESS__)
#define PYRT_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PYRT_ADDRESS_SANITIZER 1
#endif
#endif
#ifdef PYRT_ADDRESS_SANITIZER
constexpr bool kPooled = false;
#else
constexpr bool kPooled = true;
#endif

// A size's list, or 0 for sizes the pool does not serve.
constexpr std::size_t size_class(std::size_t size) {
  if (!kPooled) return 0;
  std::size_t c = (size + kGranule - 1) / kGranule;
  return c <= kClasses ? c : 0;
}

// Fills the list of class c from a new slab and returns one block.
void* refill(std::size_t c);

inline void* allocate(std::size_t size) {
  std::size_t c = size_class(size);
  if (c == 0) [[unlikely]]
    return ::operator new(size);
  if (FreeNode* n = free_lists[c]) [[likely]] {
    free_lists[c] = n->next;
    return n;
  }
  return refill(c);
}

inline void release(void* p, std::size_t size) {
  std::size_t c = size_class(size);
  if (c == 0) [[unlikely]] {
    ::operator delete(p);
    return;
  }
  auto* n = static_cast<FreeNode*>(p);
  n->next = free_lists[c];
  free_lists[c] = n;
}

}  // namespace py::object_pool
