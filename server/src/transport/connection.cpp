#include "transport/connection.h"

#include <unistd.h>

#include <utility>

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

bool Connection::send(std::string_view body) {
  // A large body (document symbols, semantic tokens of a big file: megabytes) is
  // written after its header rather than copied behind it: one copy fewer at the
  // server's peak memory. Small ones go in one write.
  constexpr std::size_t kCopyUpTo = std::size_t{64} * 1024;
  if (body.size() <= kCopyUpTo) {
    const auto framed = frame(body);
    const std::lock_guard lock(writeMutex_);
    return !writeAll(framed);
  }
  const auto header = frameHeader(body.size());
  const std::lock_guard lock(writeMutex_);
  return !writeAll(header) && !writeAll(body);
}

void Connection::close() {
  closed_ = true;
  const std::lock_guard lock(writeMutex_);
  closeStreams();
}

namespace {

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
  std::error_code writeAll(std::string_view bytes) override {
    std::error_code error;
    asio::write(out_, asio::buffer(bytes.data(), bytes.size()), error);
    return error;
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
  std::error_code writeAll(std::string_view bytes) override {
    std::error_code error;
    asio::write(socket_, asio::buffer(bytes.data(), bytes.size()), error);
    return error;
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
