#include "lsp/asio_scheduler.h"

#include <utility>

#include <asio/post.hpp>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace oxt::lsp {

AsioScheduler::AsioScheduler(asio::io_context& loop, std::size_t workerThreads)
    : loop_(loop), workers_(workerThreads) {
#ifdef __linux__
  // The first job of the one background thread lowers that thread's priority (on
  // Linux, a nice value belongs to a thread). Best effort: without it, the scan still
  // runs, only on equal terms.
  asio::post(background_, [] {
    constexpr int kBackgroundNice = 10;
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kBackgroundNice);
  });
#endif
}

AsioScheduler::~AsioScheduler() { stopWorkers(); }

void AsioScheduler::stopWorkers() {
  workers_.stop();
  background_.stop();
  workers_.join();
  background_.join();
}

void AsioScheduler::post(Task task) { asio::post(loop_, std::move(task)); }

void AsioScheduler::runOnWorker(Task work) { asio::post(workers_, std::move(work)); }

void AsioScheduler::runInBackground(Task work) { asio::post(background_, std::move(work)); }

void AsioScheduler::debounce(const std::string& key, std::chrono::milliseconds delay, Task task) {
  auto& debounced = timers_[key];
  if (!debounced.timer) {
    debounced.timer = std::make_unique<asio::steady_timer>(loop_);
  }
  const auto generation = ++debounced.generation;
  debounced.timer->expires_after(delay); // cancels a pending wait, whose handler sees the error
  debounced.timer->async_wait(
      [this, key, generation, task = std::move(task)](std::error_code error) {
        if (error) {
          return; // cancelled (the scheduler may be gone: nothing of it is read)
        }
        // A wait that had expired, its handler queued, when the key was debounced again was
        // not cancelled: its task was replaced all the same.
        const auto it = timers_.find(key);
        if (it != timers_.end() && it->second.generation == generation) {
          task();
        }
      });
}

void AsioScheduler::cancelDebounce(const std::string& key) {
  if (const auto it = timers_.find(key); it != timers_.end()) {
    ++it->second.generation;
    it->second.timer->cancel();
  }
}

void AsioScheduler::cancelAllDebounced() {
  for (auto& [key, debounced] : timers_) {
    ++debounced.generation;
    debounced.timer->cancel();
  }
}

} // namespace oxt::lsp
