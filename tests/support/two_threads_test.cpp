// Work spread over two threads (opening a large file: the parse, the model, the
// checks): every item is done once, on one of the two, and a failure stops both and
// reaches the caller rather than ending the process.
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "support/two_threads.h"

TEST_CASE("every item is done once, by the caller's thread or the other one") {
  for (const std::size_t count : {0U, 1U, 2U, 7U, 1000U}) {
    std::vector<std::atomic<int>> done(count);
    std::vector<std::size_t> threadOf(count, 99);
    const auto caller = std::this_thread::get_id();
    oxt::forEachOnTwoThreads(count, [&](std::size_t item, std::size_t thread) {
      ++done[item];
      threadOf[item] = thread;
      if (thread == 0) {
        CHECK(std::this_thread::get_id() == caller);
      } else {
        CHECK(std::this_thread::get_id() != caller);
      }
    });
    for (std::size_t item = 0; item < count; ++item) {
      CHECK(done[item] == 1);
      CHECK(threadOf[item] <= 1);
    }
  }
}

TEST_CASE("a slow thread takes fewer items: the other one takes the rest") {
  // The other thread's first item waits until the caller has taken one, so that the
  // caller cannot find the work gone; the caller's first item then lasts until the
  // other thread has done every other one.
  constexpr std::size_t kCount = 40;
  std::atomic<std::size_t> byOther{0};
  std::atomic<std::size_t> byCaller{0};
  std::atomic<bool> callerStarted{false};
  const auto waitUntil = [](const auto& ready) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!ready() && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  };
  oxt::forEachOnTwoThreads(kCount, [&](std::size_t /*item*/, std::size_t thread) {
    if (thread == 1) {
      waitUntil([&] { return callerStarted.load(); });
      ++byOther;
      return;
    }
    callerStarted = true;
    waitUntil([&] { return byOther + byCaller + 1 >= kCount; });
    ++byCaller;
  });
  CHECK(byCaller == 1);
  CHECK(byOther == kCount - 1);
}

TEST_CASE("one item or none runs on the caller's thread alone") {
  const auto caller = std::this_thread::get_id();
  std::size_t calls = 0;
  oxt::forEachOnTwoThreads(1, [&](std::size_t item, std::size_t thread) {
    CHECK(item == 0);
    CHECK(thread == 0);
    CHECK(std::this_thread::get_id() == caller);
    ++calls;
  });
  oxt::forEachOnTwoThreads(0, [&](std::size_t, std::size_t) { ++calls; });
  CHECK(calls == 1);
}

TEST_CASE("a failure stops both threads and is rethrown to the caller") {
  std::atomic<std::size_t> started{0};
  const auto run = [&] {
    oxt::forEachOnTwoThreads(10000, [&](std::size_t item, std::size_t /*thread*/) {
      ++started;
      if (item == 3) {
        throw std::runtime_error("item 3 failed");
      }
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    });
  };
  CHECK_THROWS_WITH(run(), Catch::Matchers::Equals("item 3 failed"));
  CHECK(started < 100); // not every item was taken after the failure
}
