// A Scheduler for tests: nothing runs until the test calls runUntilIdle(), which then
// runs loop tasks, worker jobs and debounced tasks (in order of due time) on the
// calling thread until none is left.
//
// Why: a transcript sends a burst of messages, then asks what the server answered.
// Time is virtual, so a debounce coalesces the burst exactly, and a cancellation sent
// before runUntilIdle() reaches the request before its worker job runs.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <string>
#include <utility>

#include "lsp/scheduler.h"

namespace oxt::lsp {

class ManualScheduler final : public Scheduler {
public:
  void post(Task task) override;
  void runOnWorker(Task work) override;
  void runInBackground(Task work) override; // the same queue as runOnWorker
  void debounce(const std::string& key, std::chrono::milliseconds delay, Task task) override;
  void cancelDebounce(const std::string& key) override;
  void cancelAllDebounced() override;

  /// Runs everything pending, and what that schedules, until nothing is left.
  void runUntilIdle();
  /// How many debounced tasks are waiting (for tests of coalescing).
  [[nodiscard]] std::size_t pendingDebounced() const { return debounced_.size(); }

private:
  struct Debounced {
    std::chrono::milliseconds due;
    uint64_t order;
    Task task;
  };
  std::deque<Task> loop_;
  std::deque<Task> worker_;
  std::map<std::string, Debounced> debounced_;
  std::chrono::milliseconds now_{0};
  uint64_t order_ = 0;
};

} // namespace oxt::lsp
