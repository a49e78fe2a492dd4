// What the rest of the runtime needs of async generators (async_generator.cpp):
// sys.set_asyncgen_hooks' state, the registry an event loop keeps of the
// generators it saw start, and aclose() for its shutdown.
#pragma once

#include <vector>

#include "pyrt/async_generator.h"

namespace py {

namespace T {
extern TypeObj* async_generator_asend;   // ag.__anext__(), ag.asend(v)
extern TypeObj* async_generator_athrow;  // ag.athrow(...), ag.aclose()
}  // namespace T

// A set of live async generators that does not keep them alive (asyncio's
// WeakSet of them): a generator leaves it when it is freed. Insertion order.
struct AsyncGenRegistry {
  AsyncGenObj *head = nullptr, *tail = nullptr;
  size_t size = 0;

  AsyncGenRegistry() = default;
  AsyncGenRegistry(const AsyncGenRegistry&) = delete;
  AsyncGenRegistry& operator=(const AsyncGenRegistry&) = delete;
  ~AsyncGenRegistry();
  void add(AsyncGenObj* g);
  void remove(AsyncGenObj* g);
  std::vector<Value> take_all();  // every member (new references), leaving it empty
};

// sys.set_asyncgen_hooks(firstiter, finalizer): a null pointer leaves that
// hook as it is; None removes it. The getters return Unbound for none.
void set_asyncgen_hooks(const Value* firstiter, const Value* finalizer);
Value asyncgen_firstiter();
Value asyncgen_finalizer();

Value async_gen_aclose(const Value& gen);     // gen.aclose()
bool is_async_gen_awaitable(const Value& v);  // an asend or athrow object

}  // namespace py
