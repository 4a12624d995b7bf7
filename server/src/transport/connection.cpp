#include "transport/connection.h"

#include <unistd.h>

#include <array>
#include <string>
#include <utility>
#include <vector>

#include <asio/posix/stream_descriptor.hpp>
#include <asio/write.hpp>

#include "transport/pipe_capacity.h"

namespace oxt::transport {

void Connection::start(Handlers handlers) {
  handlers_ = std::move(handlers);
  readMore();
}

void Connection::readMore() {
  asyncReadSome(asio::buffer(buffer_), [this](std::error_code error, std::size_t size) {
    if (closed_) {
      return;
    }
    if (size > 0) {
      reader_.feed(std::string_view(buffer_.data(), size), handlers_.onMessage,
                   handlers_.onProblem);
      if (const auto& fatal = reader_.fatalError()) {
        closed(*fatal);
        return;
      }
    }
    if (error) {
      const bool endOfInput = error == asio::error::eof;
      if (auto incomplete = reader_.finish()) {
        closed(*incomplete);
      } else {
        closed(endOfInput ? std::string() : "read error: " + error.message());
      }
      return;
    }
    if (!closed_) {
      readMore();
    }
  });
}

void Connection::closed(std::string reason) {
  if (closed_) {
    return;
  }
  closed_ = true;
  if (handlers_.onClosed) {
    handlers_.onClosed(std::move(reason));
  }
}

bool Connection::send(std::string_view body) { return send(std::span(&body, 1)); }

bool Connection::send(std::span<const std::string_view> parts) {
  std::size_t size = 0;
  for (const auto part : parts) {
    size += part.size();
  }
  // A small message goes in one buffer. A large one (document symbols, semantic tokens
  // of a big file: megabytes) is written from where its parts are, in one gathering
  // write: no copy of it at the server's peak memory.
  constexpr std::size_t kCopyUpTo = std::size_t{64} * 1024;
  if (size <= kCopyUpTo) {
    const auto framed = frame(parts);
    const std::array buffer{asio::const_buffer(framed.data(), framed.size())};
    const std::lock_guard lock(writeMutex_);
    return !writeAll(buffer);
  }
  const auto header = frameHeader(size);
  std::vector<asio::const_buffer> buffers;
  buffers.reserve(1 + parts.size());
  buffers.push_back(asio::buffer(header));
  for (const auto part : parts) {
    buffers.push_back(asio::buffer(part.data(), part.size()));
  }
  const std::lock_guard lock(writeMutex_);
  return !writeAll(buffers);
}

void Connection::close() {
  closed_ = true;
  const std::lock_guard lock(writeMutex_);
  closeStreams();
}

namespace {

/// asio::write's completion condition that lets each system call take all that is
/// left. asio's own (transfer_all) gives a call at most 64 KiB: a reply of 25 MB was
/// some 380 calls, each taking the pipe's lock against the reader.
std::size_t allThatIsLeft(std::size_t total, const std::error_code& error, std::size_t written) {
  return error || written >= total ? 0 : total - written;
}

/// Writes all of `buffers` to `stream`, in as few system calls as the stream allows.
template <typename Stream>
std::error_code writeEverything(Stream& stream, std::span<const asio::const_buffer> buffers) {
  const auto total = asio::buffer_size(buffers);
  std::error_code error;
  asio::write(
      stream, buffers,
      [total](const std::error_code& failed, std::size_t written) {
        return allThatIsLeft(total, failed, written);
      },
      error);
  return error;
}

class StdioConnection final : public Connection {
public:
  StdioConnection(asio::io_context& context, int inFd, int outFd, std::size_t maxMessageBytes)
      : Connection(maxMessageBytes), in_(context, ::dup(inFd)), out_(context, ::dup(outFd)) {
    // Large messages both ways: the editor's text of a large file, the server's outline
    // and semantic tokens of it (transport/pipe_capacity.h).
    widenPipe(in_.native_handle());
    widenPipe(out_.native_handle());
  }

protected:
  void asyncReadSome(asio::mutable_buffer buffer, ReadHandler handler) override {
    in_.async_read_some(buffer, std::move(handler));
  }
  std::error_code writeAll(std::span<const asio::const_buffer> buffers) override {
    return writeEverything(out_, buffers);
  }
  void closeStreams() override {
    std::error_code ignored;
    in_.close(ignored);
    out_.close(ignored);
  }

private:
  asio::posix::stream_descriptor in_;
  asio::posix::stream_descriptor out_;
};

class SocketConnection final : public Connection {
public:
  SocketConnection(asio::ip::tcp::socket socket, std::size_t maxMessageBytes)
      : Connection(maxMessageBytes), socket_(std::move(socket)) {}

protected:
  void asyncReadSome(asio::mutable_buffer buffer, ReadHandler handler) override {
    socket_.async_read_some(buffer, std::move(handler));
  }
  std::error_code writeAll(std::span<const asio::const_buffer> buffers) override {
    return writeEverything(socket_, buffers);
  }
  void closeStreams() override {
    std::error_code ignored;
    socket_.shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
    socket_.close(ignored);
  }

private:
  asio::ip::tcp::socket socket_;
};

} // namespace

std::unique_ptr<Connection> makeStdioConnection(asio::io_context& context, int inFd, int outFd,
                                                std::size_t maxMessageBytes) {
  return std::make_unique<StdioConnection>(context, inFd, outFd, maxMessageBytes);
}

std::unique_ptr<Connection> makeSocketConnection(asio::ip::tcp::socket socket,
                                                 std::size_t maxMessageBytes) {
  return std::make_unique<SocketConnection>(std::move(socket), maxMessageBytes);
}

} // namespace oxt::transport
