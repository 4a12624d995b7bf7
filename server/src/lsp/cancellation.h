// $/cancelRequest: a flag per request in flight, which the request's work checks at
// safe points to answer RequestCancelled instead of a result.
//
// Why flags held by shared_ptr: the work may run on the worker after the request's
// entry is gone; and a client may reuse an id, so an entry is removed only by the
// request that added it (clangd's cookie).
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>

#include "protocol/jsonrpc.h"

namespace oxt::lsp {

using CancelFlag = std::shared_ptr<std::atomic<bool>>;

class CancellationMap {
public:
  /// A fresh flag for request `id`.
  CancelFlag add(const protocol::RequestId& id);
  /// Sets the flag of `id`; false when no such request is in flight.
  bool cancel(const protocol::RequestId& id);
  /// Forgets `id`, if its entry is still `flag`.
  void remove(const protocol::RequestId& id, const CancelFlag& flag);

private:
  std::mutex mutex_;
  std::map<protocol::RequestId, CancelFlag> flags_;
};

} // namespace oxt::lsp
