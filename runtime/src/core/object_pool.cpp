// The slabs behind py::object_pool (pyrt/object_pool.h).
#include "pyrt/object_pool.h"

namespace py::object_pool {

FreeNode* free_lists[kClasses + 1] = {};

namespace {
constexpr std::size_t kSlabBytes = 64 * 1024;
}

void* refill(std::size_t c) {
  std::size_t block = c * kGranule;
  std::size_t count = kSlabBytes / block;
  auto* slab = static_cast<char*>(::operator new(count * block));
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
