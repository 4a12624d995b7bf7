#include "lsp/manual_scheduler.h"

#include <algorithm>

namespace oxt::lsp {

void ManualScheduler::post(Task task) { loop_.push_back(std::move(task)); }

void ManualScheduler::runOnWorker(Task work) { worker_.push_back(std::move(work)); }

void ManualScheduler::runInBackground(Task work) { worker_.push_back(std::move(work)); }

void ManualScheduler::debounce(const std::string& key, std::chrono::milliseconds delay, Task task) {
  debounced_.insert_or_assign(key, Debounced{now_ + delay, order_++, std::move(task)});
}

void ManualScheduler::cancelDebounce(const std::string& key) { debounced_.erase(key); }

void ManualScheduler::cancelAllDebounced() { debounced_.clear(); }

void ManualScheduler::runUntilIdle() {
  for (;;) {
    if (!loop_.empty()) {
      auto task = std::move(loop_.front());
      loop_.pop_front();
      task();
      continue;
    }
    if (!worker_.empty()) {
      auto work = std::move(worker_.front());
      worker_.pop_front();
      work();
      continue;
    }
    if (debounced_.empty()) {
      return;
    }
    const auto next =
        std::min_element(debounced_.begin(), debounced_.end(), [](const auto& a, const auto& b) {
          return std::pair(a.second.due, a.second.order) < std::pair(b.second.due, b.second.order);
        });
    now_ = std::max(now_, next->second.due);
    auto task = std::move(next->second.task);
    debounced_.erase(next);
    task();
  }
}

} // namespace oxt::lsp
