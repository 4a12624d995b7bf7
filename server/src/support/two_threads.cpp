#include "support/two_threads.h"

#include <array>
#include <atomic>
#include <exception>
#include <thread>

namespace oxt {

void forEachOnTwoThreads(std::size_t count,
                         const std::function<void(std::size_t item, std::size_t thread)>& body) {
  std::atomic<std::size_t> next{0};
  std::array<std::exception_ptr, 2> failed;
  const auto takeItems = [&](std::size_t thread) {
    try {
      for (auto item = next++; item < count; item = next++) {
        body(item, thread);
      }
    } catch (...) {
      next = count; // the other thread takes no more either
      failed.at(thread) = std::current_exception();
    }
  };
  if (count < 2) {
    takeItems(0); // no work for a second thread
  } else {
    std::thread other(takeItems, 1);
    takeItems(0);
    other.join();
  }
  for (const auto& failure : failed) {
    if (failure) {
      std::rethrow_exception(failure);
    }
  }
}

} // namespace oxt
