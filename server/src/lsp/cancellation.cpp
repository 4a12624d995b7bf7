#include "lsp/cancellation.h"

namespace oxt::lsp {

CancelFlag CancellationMap::add(const protocol::RequestId& id) {
  auto flag = std::make_shared<std::atomic<bool>>(false);
  const std::lock_guard lock(mutex_);
  flags_.insert_or_assign(id, flag);
  return flag;
}

bool CancellationMap::cancel(const protocol::RequestId& id) {
  const std::lock_guard lock(mutex_);
  const auto it = flags_.find(id);
  if (it == flags_.end()) {
    return false;
  }
  it->second->store(true);
  return true;
}

void CancellationMap::remove(const protocol::RequestId& id, const CancelFlag& flag) {
  const std::lock_guard lock(mutex_);
  if (const auto it = flags_.find(id); it != flags_.end() && it->second == flag) {
    flags_.erase(it);
  }
}

} // namespace oxt::lsp
