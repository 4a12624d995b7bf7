#include "transport/frame_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace oxt::transport {

namespace {

constexpr std::string_view kContentLength = "content-length";

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

/// Where "Content-Length:" starts in `text`, ignoring case, or npos.
std::size_t findContentLength(std::string_view text) {
  const auto lowered = lower(text);
  return lowered.find(std::string(kContentLength) + ":");
}

std::string printable(std::string_view text) {
  std::string out;
  for (const char c : text.substr(0, 40)) {
    const auto byte = static_cast<unsigned char>(c);
    out.push_back(byte >= 0x20 && byte < 0x7F ? c : '?');
  }
  return text.size() > 40 ? out + "…" : out;
}

} // namespace

std::string frameHeader(std::size_t bodySize) {
  return "Content-Length: " + std::to_string(bodySize) + "\r\n\r\n";
}

std::string frame(std::string_view body) { return frame(std::span(&body, 1)); }

std::string frame(std::span<const std::string_view> parts) {
  std::size_t size = 0;
  for (const auto part : parts) {
    size += part.size();
  }
  std::string framed = frameHeader(size);
  framed.reserve(framed.size() + size);
  for (const auto part : parts) {
    framed += part;
  }
  return framed;
}

void FrameReader::feed(std::string_view bytes, const OnMessage& onMessage,
                       const OnProblem& onProblem) {
  while (!bytes.empty() && !fatal_) {
    if (state_ == State::Skip) {
      const auto take = std::min(remaining_, bytes.size());
      remaining_ -= take;
      bytes.remove_prefix(take);
      if (remaining_ == 0) {
        state_ = State::Headers;
      }
      continue;
    }
    if (state_ == State::Body) {
      const auto take = std::min(remaining_, bytes.size());
      buffer_.append(bytes.substr(0, take));
      remaining_ -= take;
      bytes.remove_prefix(take);
      if (remaining_ == 0) {
        std::string body;
        body.swap(buffer_);
        state_ = State::Headers;
        onMessage(std::move(body));
      }
      continue;
    }
    // Headers: take bytes up to and including the next newline, or all of them.
    const auto newline = bytes.find('\n');
    const auto take = newline == std::string_view::npos ? bytes.size() : newline + 1;
    buffer_.append(bytes.substr(0, take));
    bytes.remove_prefix(take);
    readHeaderLines(onProblem);
  }
}

void FrameReader::readHeaderLines(const OnProblem& onProblem) {
  for (;;) {
    if (state_ != State::Headers || fatal_) {
      return;
    }
    const auto newline = buffer_.find('\n');
    if (newline == std::string::npos) {
      if (buffer_.size() > kMaxHeaderLine) {
        // A line this long is not a header: keep only a tail that may start one.
        const auto at = findContentLength(buffer_);
        const auto drop = at == std::string::npos ? buffer_.size() - 16 : at;
        buffer_.erase(0, drop);
        countGarbage(drop, onProblem);
      }
      return;
    }
    std::string line = buffer_.substr(0, newline);
    buffer_.erase(0, newline + 1);
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    headerLine(line, onProblem);
  }
}

void FrameReader::headerLine(std::string_view line, const OnProblem& onProblem) {
  if (line.empty()) {
    endOfHeaders(onProblem);
    return;
  }
  const auto colon = line.find(':');
  const auto name =
      colon == std::string_view::npos ? std::string() : lower(trim(line.substr(0, colon)));
  const bool looksLikeHeader =
      colon != std::string_view::npos && !name.empty() &&
      std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-';
      });
  if (!looksLikeHeader) {
    // Garbage (the rest of a body longer than its Content-Length said, or noise):
    // resynchronize on a Content-Length header inside the line, if there is one.
    const auto at = findContentLength(line);
    if (at == std::string::npos) {
      countGarbage(line.size() + 1, onProblem);
      if (!fatal_) {
        onProblem("discarded a line that is not a header: '" + printable(line) + "'");
      }
      return;
    }
    onProblem("discarded " + std::to_string(at) + " bytes before a Content-Length header");
    headerLine(line.substr(at), onProblem);
    return;
  }
  garbage_ = 0;
  if (name != kContentLength) {
    return; // Content-Type and unknown headers are allowed and ignored
  }
  const auto value = trim(line.substr(colon + 1));
  std::size_t length = 0;
  const auto* end = value.data() + value.size();
  const auto [ptr, error] = std::from_chars(value.data(), end, length);
  if (error != std::errc() || ptr != end || value.empty()) {
    onProblem("invalid Content-Length '" + printable(value) + "'; the message is skipped");
    contentLength_.reset();
    return;
  }
  if (contentLength_ && *contentLength_ != length) {
    onProblem("two different Content-Length headers; the last one is used");
  }
  contentLength_ = length;
}

void FrameReader::endOfHeaders(const OnProblem& onProblem) {
  if (!contentLength_) {
    onProblem("a header block without a valid Content-Length; skipped");
    return;
  }
  remaining_ = *contentLength_;
  contentLength_.reset();
  if (remaining_ > maxMessageBytes_) {
    onProblem("a message of " + std::to_string(remaining_) + " bytes exceeds the limit of " +
              std::to_string(maxMessageBytes_) + " bytes; skipped");
    state_ = State::Skip;
    return;
  }
  if (remaining_ == 0) {
    onProblem("a message with an empty body; skipped");
    return;
  }
  state_ = State::Body;
  // `remaining_` is bounded by maxMessageBytes_. The slack lets a reader that loads
  // bytes in wide blocks (simdjson) read the body where it is, instead of copying a
  // 1 MB `didOpen` into a padded buffer first.
  buffer_.reserve(remaining_ + kBodyReadSlack);
}

void FrameReader::countGarbage(std::size_t bytes, const OnProblem& onProblem) {
  garbage_ += bytes;
  if (garbage_ > kMaxGarbage && !fatal_) {
    fatal_ = "more than " + std::to_string(kMaxGarbage) +
             " bytes without a Content-Length header: the client does not speak LSP";
    onProblem(*fatal_);
  }
}

std::optional<std::string> FrameReader::finish() const {
  if (state_ == State::Body) {
    return "the input ended " + std::to_string(remaining_) + " bytes before the end of a message";
  }
  if (state_ == State::Skip) {
    return "the input ended inside a skipped message";
  }
  if (!buffer_.empty() || contentLength_) {
    return "the input ended inside a message's headers";
  }
  return std::nullopt;
}

} // namespace oxt::transport
