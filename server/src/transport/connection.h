// A connection to one LSP client: reads framed messages asynchronously on an asio
// io_context and writes framed messages, over stdio or a TCP socket.
//
// Why message bodies as strings: the transport knows framing and sockets, nothing of
// JSON-RPC or LSP (it includes no protocol header). The LSP layer gives it text to
// send and gets text back. Writes are synchronous and serialized by a mutex, so that
// a reply is on the wire when send() returns (what `shutdown` needs before `exit`).
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <system_error>

#include <asio/buffer.hpp>
#include <asio/io_context.hpp>
#include <asio/ip/tcp.hpp>

#include "transport/frame_reader.h"

namespace oxt::transport {

class Connection {
public:
  struct Handlers {
    std::function<void(std::string body)> onMessage;
    /// A recoverable framing problem, for the log.
    std::function<void(std::string problem)> onProblem;
    /// The input ended or failed; called once. The reason is empty for a clean end.
    std::function<void(std::string reason)> onClosed;
  };

  explicit Connection(std::size_t maxMessageBytes) : reader_(maxMessageBytes) {}
  virtual ~Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  Connection(Connection&&) = delete;
  Connection& operator=(Connection&&) = delete;

  /// Starts reading; handlers run on the io_context's thread.
  void start(Handlers handlers);
  /// Frames and writes `body`; safe from any thread. False when the write failed.
  bool send(std::string_view body);
  /// Frames and writes, as one message, the text of `parts` one after the other: a
  /// body of megabytes goes out behind a small envelope without being copied into one
  /// string with it. Safe from any thread; false when the write failed.
  bool send(std::span<const std::string_view> parts);
  /// Stops reading and closes the streams.
  void close();

protected:
  using ReadHandler = std::function<void(std::error_code, std::size_t)>;
  virtual void asyncReadSome(asio::mutable_buffer buffer, ReadHandler handler) = 0;
  /// Writes every byte of `buffers`, in order, before returning.
  virtual std::error_code writeAll(std::span<const asio::const_buffer> buffers) = 0;
  virtual void closeStreams() = 0;

private:
  void readMore();
  void closed(std::string reason);

  FrameReader reader_;
  std::array<char, std::size_t{64} << 10U> buffer_{};
  std::mutex writeMutex_;
  Handlers handlers_;
  bool closed_ = false;
};

/// Reads `inFd` and writes `outFd` (duplicated, so that the originals stay open). Pipes
/// among them are widened (transport/pipe_capacity.h).
[[nodiscard]] std::unique_ptr<Connection>
makeStdioConnection(asio::io_context& context, int inFd, int outFd,
                    std::size_t maxMessageBytes = FrameReader::kDefaultMaxMessageBytes);

/// Reads and writes a connected socket.
[[nodiscard]] std::unique_ptr<Connection>
makeSocketConnection(asio::ip::tcp::socket socket,
                     std::size_t maxMessageBytes = FrameReader::kDefaultMaxMessageBytes);

} // namespace oxt::transport
