// A client for tests that talks to an in-process server through the real transport
// (pipes, Content-Length framing, the asio loop and worker threads), as an editor does.
#pragma once

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <asio/io_context.hpp>
#include <nlohmann/json.hpp>

#include "lsp/server_connection.h"
#include "transport/connection.h"
#include "transport/frame_reader.h"

namespace oxt::test {

class PipeClient {
public:
  PipeClient() {
    (void)std::signal(SIGPIPE, SIG_IGN); // as `oxt lsp` does: a closed pipe is an error
    int toServer[2] = {-1, -1};
    int fromServer[2] = {-1, -1};
    if (::pipe(toServer) != 0 || ::pipe(fromServer) != 0) {
      throw std::runtime_error("pipe failed");
    }
    writeFd_ = toServer[1];
    readFd_ = fromServer[0];
    auto connection = transport::makeStdioConnection(context_, toServer[0], fromServer[1]);
    ::close(toServer[0]); // the connection holds duplicates
    ::close(fromServer[1]);
    exitCode_ = std::async(std::launch::async, [this, c = std::move(connection)]() mutable {
      lsp::ServerOptions options;
      const int code = lsp::serveConnection(context_, *c, options);
      c.reset(); // closes the server's ends: the reader sees the end of output
      return code;
    });
    reader_ = std::thread([this] { readLoop(); });
  }

  ~PipeClient() {
    closeInput();
    if (exitCode_.valid()) {
      exitCode_.wait();
    }
    reader_.join();
    ::close(readFd_);
  }
  PipeClient(const PipeClient&) = delete;
  PipeClient& operator=(const PipeClient&) = delete;
  PipeClient(PipeClient&&) = delete;
  PipeClient& operator=(PipeClient&&) = delete;

  /// Writes raw bytes to the server's input.
  void writeRaw(std::string_view bytes) {
    while (!bytes.empty()) {
      const auto written = ::write(writeFd_, bytes.data(), bytes.size());
      if (written <= 0) {
        return;
      }
      bytes.remove_prefix(static_cast<std::size_t>(written));
    }
  }
  void send(const nlohmann::json& message) { writeRaw(transport::frame(message.dump())); }

  void closeInput() {
    if (writeFd_ >= 0) {
      ::close(writeFd_);
      writeFd_ = -1;
    }
  }

  /// Waits (up to a minute, for sanitizer builds) for a message matching `match`,
  /// and returns it; null when none came.
  nlohmann::json waitFor(const std::function<bool(const nlohmann::json&)>& match) {
    std::unique_lock lock(mutex_);
    nlohmann::json found;
    arrived_.wait_for(lock, std::chrono::seconds(60), [&] {
      for (const auto& message : received_) {
        if (match(message)) {
          found = message;
          return true;
        }
      }
      return ended_;
    });
    return found;
  }
  nlohmann::json waitForId(int id) {
    return waitFor([id](const nlohmann::json& m) { return m.contains("id") && m["id"] == id; });
  }

  std::vector<nlohmann::json> received() {
    const std::lock_guard lock(mutex_);
    return received_;
  }

  /// The server's exit code, once it ended.
  int exitCode() { return exitCode_.get(); }

private:
  void readLoop() {
    transport::FrameReader frames;
    std::vector<char> buffer(std::size_t{1} << 16U);
    for (;;) {
      const auto size = ::read(readFd_, buffer.data(), buffer.size());
      if (size <= 0) {
        break;
      }
      frames.feed(
          std::string_view(buffer.data(), static_cast<std::size_t>(size)),
          [this](std::string body) {
            const std::lock_guard lock(mutex_);
            received_.push_back(nlohmann::json::parse(body));
            arrived_.notify_all();
          },
          [](const std::string&) {});
    }
    const std::lock_guard lock(mutex_);
    ended_ = true;
    arrived_.notify_all();
  }

  asio::io_context context_;
  int writeFd_ = -1;
  int readFd_ = -1;
  std::future<int> exitCode_;
  std::thread reader_;
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<nlohmann::json> received_;
  bool ended_ = false;
};

} // namespace oxt::test
