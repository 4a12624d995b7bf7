// Where the server's work runs: the loop thread, the worker, debounced timers.
//
// Why an interface: in the editor, the loop is an asio io_context and the worker a
// thread pool (AsioScheduler); in tests, everything runs on the test's thread when
// it asks (ManualScheduler), so that transcripts are deterministic — no sleeps, and a
// burst of changes coalesces exactly as it would with a real debounce.
#pragma once

#include <chrono>
#include <functional>
#include <string>

namespace oxt::lsp {

class Scheduler {
public:
  using Task = std::function<void()>;

  Scheduler() = default;
  virtual ~Scheduler() = default;
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;
  Scheduler(Scheduler&&) = delete;
  Scheduler& operator=(Scheduler&&) = delete;

  /// Runs `task` on the loop thread, after what it is doing now. Any thread.
  virtual void post(Task task) = 0;
  /// Runs `work` off the loop. `work` posts its result back with post().
  virtual void runOnWorker(Task work) = 0;
  /// Runs `work` off the loop at low priority: long jobs that nobody waits for (a
  /// folder scan), which must not take the CPU from the checks of the document being
  /// typed in or the first diagnostics of one just opened.
  virtual void runInBackground(Task work) = 0;
  /// Runs `task` on the loop after `delay`, replacing the pending task of `key`.
  virtual void debounce(const std::string& key, std::chrono::milliseconds delay, Task task) = 0;
  /// Drops the pending task of `key`, if any.
  virtual void cancelDebounce(const std::string& key) = 0;
  /// Drops every pending debounced task (at shutdown).
  virtual void cancelAllDebounced() = 0;
};

} // namespace oxt::lsp
