// The Scheduler of the real server: the loop is the io_context the transport reads
// on, the worker an asio thread pool, debounces are steady_timers on the loop.
//
// Why a pool of two, and a background thread apart at a lower priority (nice 10): a
// long folder scan must hold up neither the diagnostics of the document being typed
// in nor, on a machine of two cores, take half the CPU from them.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include <asio/io_context.hpp>
#include <asio/steady_timer.hpp>
#include <asio/thread_pool.hpp>

#include "lsp/scheduler.h"

namespace oxt::lsp {

class AsioScheduler final : public Scheduler {
public:
  explicit AsioScheduler(asio::io_context& loop, std::size_t workerThreads = 2);
  ~AsioScheduler() override;
  AsioScheduler(const AsioScheduler&) = delete;
  AsioScheduler& operator=(const AsioScheduler&) = delete;
  AsioScheduler(AsioScheduler&&) = delete;
  AsioScheduler& operator=(AsioScheduler&&) = delete;

  void post(Task task) override;
  void runOnWorker(Task work) override;
  void runInBackground(Task work) override;
  void debounce(const std::string& key, std::chrono::milliseconds delay, Task task) override;
  void cancelDebounce(const std::string& key) override;
  void cancelAllDebounced() override;

  /// Waits for the worker's jobs to end (before the loop's objects are destroyed).
  void stopWorkers();

private:
  asio::io_context& loop_;
  asio::thread_pool workers_;
  asio::thread_pool background_{1};
  /// A debounced key: its timer, and how many times it was debounced or cancelled, so
  /// that a wait whose handler was already queued when the key was debounced again
  /// (expires_after cannot cancel it then) does not run the task that replaced it.
  struct Debounced {
    std::unique_ptr<asio::steady_timer> timer;
    uint64_t generation = 0;
  };
  std::map<std::string, Debounced> timers_;
};

} // namespace oxt::lsp
