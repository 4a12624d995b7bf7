// The real server's scheduler: debounced tasks on the loop's io_context.
#include <chrono>
#include <string>
#include <vector>

#include <asio/io_context.hpp>
#include <asio/post.hpp>
#include <catch2/catch_test_macros.hpp>

#include "lsp/asio_scheduler.h"

namespace {

using oxt::lsp::AsioScheduler;
using namespace std::chrono_literals;

} // namespace

TEST_CASE("debouncing a key again runs only the new task, even when the old one was due") {
  asio::io_context loop;
  AsioScheduler scheduler(loop, 1);
  std::vector<std::string> ran;
  // The first wait expires at once: by the time the loop runs the handler posted after
  // it, the wait's own handler is queued and cannot be cancelled any more. The check of
  // a document opened while the workspace scan ended ran twice, on both cores, that way.
  scheduler.debounce("file", 0ms, [&] { ran.emplace_back("first"); });
  asio::post(loop, [&] { scheduler.debounce("file", 0ms, [&] { ran.emplace_back("second"); }); });
  loop.run();
  CHECK(ran == std::vector<std::string>{"second"});
  scheduler.stopWorkers();
}

TEST_CASE("a cancelled debounce does not run, and other keys are not affected") {
  asio::io_context loop;
  AsioScheduler scheduler(loop, 1);
  std::vector<std::string> ran;
  scheduler.debounce("a", 0ms, [&] { ran.emplace_back("a"); });
  scheduler.debounce("b", 0ms, [&] { ran.emplace_back("b"); });
  asio::post(loop, [&] { scheduler.cancelDebounce("a"); });
  loop.run();
  CHECK(ran == std::vector<std::string>{"b"});
  scheduler.stopWorkers();
}
