// Splits a byte stream into the bodies of `Content-Length` framed messages.
//
// Why a class without I/O: framing is where a hostile or buggy client hurts most
// (truncated headers, a wrong length, garbage between messages, huge messages). Kept
// apart from sockets, it is fed bytes in any chunking and tested exhaustively. It
// recovers when it can: garbage is skipped up to the next `Content-Length:` header,
// and an oversized body is skipped by its length without being kept in memory.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "support/limits.h"

namespace oxt::transport {

class FrameReader {
public:
  using OnMessage = std::function<void(std::string body)>;
  using OnProblem = std::function<void(std::string problem)>;

  /// Bodies longer than `maxMessageBytes` are skipped (and reported as a problem).
  explicit FrameReader(std::size_t maxMessageBytes = kDefaultMaxMessageBytes)
      : maxMessageBytes_(maxMessageBytes) {}

  /// Consumes `bytes`: calls `onMessage` for each complete body and `onProblem` for
  /// each recoverable framing problem, in stream order.
  void feed(std::string_view bytes, const OnMessage& onMessage, const OnProblem& onProblem);

  /// At the end of the stream: what was left incomplete, if anything.
  [[nodiscard]] std::optional<std::string> finish() const;

  /// Set when the stream cannot be read as LSP at all (megabytes without a single
  /// header); the connection should be closed, with this as the reason.
  [[nodiscard]] const std::optional<std::string>& fatalError() const { return fatal_; }

  static constexpr std::size_t kDefaultMaxMessageBytes = limits::kMaxMessageBytes;
  static constexpr std::size_t kMaxHeaderLine = std::size_t{64} << 10U;
  static constexpr std::size_t kMaxGarbage = std::size_t{1} << 20U;
  /// Capacity a body has beyond its size (see parseMessage: simdjson reads in place
  /// when 64 bytes past the text are readable).
  static constexpr std::size_t kBodyReadSlack = 64;

private:
  enum class State { Headers, Body, Skip };

  void readHeaderLines(const OnProblem& onProblem);
  void headerLine(std::string_view line, const OnProblem& onProblem);
  void endOfHeaders(const OnProblem& onProblem);
  /// Counts bytes thrown away; too many in a row is fatal.
  void countGarbage(std::size_t bytes, const OnProblem& onProblem);

  std::size_t maxMessageBytes_;
  State state_ = State::Headers;
  std::string buffer_; // header bytes not yet consumed, or the body being read
  std::optional<std::size_t> contentLength_;
  std::size_t remaining_ = 0; // body bytes still expected (Body, Skip)
  std::size_t garbage_ = 0;   // consecutive bytes that were not headers
  std::optional<std::string> fatal_;
};

/// The framed form of `body`: "Content-Length: N\r\n\r\n" + body.
[[nodiscard]] std::string frame(std::string_view body);
/// The framed form of the body made of `parts`, one after the other.
[[nodiscard]] std::string frame(std::span<const std::string_view> parts);

/// The header that frames a body of `bodySize` bytes: "Content-Length: N\r\n\r\n".
[[nodiscard]] std::string frameHeader(std::size_t bodySize);

} // namespace oxt::transport
