#include "lsp_properties.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <variant>
#include <vector>

#include <spdlog/spdlog.h>

#include "lsp/lsp_server.h"
#include "lsp/manual_scheduler.h"
#include "protocol/jsonrpc.h"
#include "protocol/uri.h"
#include "transport/frame_reader.h"

namespace oxt::fuzz {

namespace {

using protocol::Json;

/// What a frame reader reported, in order: "message: …", "problem: …", and at the
/// end what was left incomplete and the fatal error, if any.
struct Reading {
  std::vector<std::string> events;
  std::vector<std::string> bodies;
};

/// Feeds `bytes` to a fresh reader in chunks of the sizes `chunkSize` gives.
template <typename ChunkSize>
Reading readFrames(std::string_view bytes, std::size_t maxMessageBytes, ChunkSize chunkSize) {
  transport::FrameReader reader(maxMessageBytes);
  Reading reading;
  std::size_t at = 0;
  while (at < bytes.size() && !reader.fatalError()) {
    const auto size = std::min(chunkSize(at), bytes.size() - at);
    reader.feed(
        bytes.substr(at, size),
        [&](std::string body) {
          reading.events.push_back("message: " + body);
          reading.bodies.push_back(std::move(body));
        },
        [&](std::string problem) { reading.events.push_back("problem: " + std::move(problem)); });
    at += size;
  }
  reading.events.push_back("incomplete: " + reader.finish().value_or("-"));
  reading.events.push_back("fatal: " + reader.fatalError().value_or("-"));
  return reading;
}

/// Chunk sizes from 1 to 61 bytes, taken from the input itself so that the fuzzer
/// explores them.
std::size_t chunkSizeAt(std::string_view bytes, std::size_t at) {
  return static_cast<unsigned char>(bytes[at]) % 61U + 1;
}

std::optional<std::string> framingViolation(std::string_view bytes) {
  for (const std::size_t limit :
       {std::size_t{256}, transport::FrameReader::kDefaultMaxMessageBytes}) {
    const auto whole = readFrames(bytes, limit, [&](std::size_t) { return bytes.size(); });
    const auto chunked =
        readFrames(bytes, limit, [&](std::size_t at) { return chunkSizeAt(bytes, at); });
    if (whole.events != chunked.events) {
      for (std::size_t i = 0; i < std::min(whole.events.size(), chunked.events.size()); ++i) {
        if (whole.events[i] != chunked.events[i]) {
          return "the frame reader reads the stream differently in chunks: '" + whole.events[i] +
                 "' whole, '" + chunked.events[i] + "' in chunks";
        }
      }
      return "the frame reader reads the stream differently in chunks (" +
             std::to_string(whole.events.size()) + " events whole, " +
             std::to_string(chunked.events.size()) + " in chunks)";
    }
  }
  return std::nullopt;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) ==
                  std::tolower(static_cast<unsigned char>(b));
         });
}

/// `value` (a path or a `file:` URI) moved under `root`: no `..`, no percent
/// escapes that could spell one, no absolute path outside.
std::string confined(const std::string& value, const std::filesystem::path& root) {
  const bool uri = startsWithNoCase(value, "file:");
  std::string rest = uri ? value.substr(5) : value;
  std::replace(rest.begin(), rest.end(), '%', '_');
  std::replace(rest.begin(), rest.end(), '\\', '/');
  for (auto at = rest.find(".."); at != std::string::npos; at = rest.find("..", at)) {
    rest.replace(at, 2, "__");
  }
  rest.erase(0, rest.find_first_not_of('/'));
  const auto path = root / rest;
  return uri ? protocol::uriFromPath(path) : path.string();
}

/// Whether `value` starts with a URI scheme ("untitled:", "file:").
bool hasScheme(std::string_view value) {
  const auto colon = value.find(':');
  return colon != std::string_view::npos && colon > 0 &&
         std::isalpha(static_cast<unsigned char>(value.front())) != 0 &&
         std::all_of(value.begin(), value.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '-' ||
                  c == '.';
         });
}

/// Paths and `file:` URIs anywhere; and under the keys that name folders or
/// documents, also relative paths ("." as `rootUri` would index the current folder).
bool needsConfining(std::string_view key, const std::string& value) {
  const bool namesPlace = key == "uri" || key == "rootUri" || key == "rootPath";
  return startsWithNoCase(value, "file:") || value.starts_with('/') || value.starts_with('\\') ||
         value.find("..") != std::string::npos || (namesPlace && !hasScheme(value));
}

/// Moves every path and `file:` URI of `json` under `root`; the texts of documents
/// and edits are left as they are.
void confine(Json& json, const std::filesystem::path& root) {
  const auto confineValue = [&](std::string_view key, Json& value) {
    if (value.is_string()) {
      if (needsConfining(key, value.get_ref<const std::string&>())) {
        value = confined(value.get<std::string>(), root);
      }
    } else {
      confine(value, root);
    }
  };
  if (json.is_object()) {
    for (auto& [key, value] : json.items()) {
      if (key != "text" && key != "newText") {
        confineValue(key, value);
      }
    }
  } else if (json.is_array()) {
    for (auto& value : json) {
      confineValue("", value);
    }
  }
}

/// The commands write projects and run compilers: not from a fuzzer.
bool dispatchable(const protocol::Message& message) {
  if (const auto* request = std::get_if<protocol::Request>(&message)) {
    return request->method != "workspace/executeCommand";
  }
  return true;
}

class Session {
public:
  explicit Session(const std::filesystem::path& root)
      : root_(root), server_(scheduler_, lsp::Outgoing::joining([this](std::string_view message) {
                               sent_.emplace_back(message);
                             }),
                             lsp::ServerOptions{"https://oxt.test/diagnostics.md", false}) {}

  void send(std::string_view body) {
    if (server_.exitRequested()) {
      return;
    }
    auto parsed = protocol::parseMessage(body);
    if (auto* rejected = std::get_if<protocol::RejectedMessage>(&parsed)) {
      if (rejected->id) {
        ++requests_[protocol::toString(*rejected->id)];
      }
      server_.reject(*rejected);
    } else {
      auto& message = std::get<protocol::Message>(parsed);
      if (!dispatchable(message)) {
        return;
      }
      std::visit([this](auto& m) { confineParams(m); }, message);
      if (const auto* request = std::get_if<protocol::Request>(&message)) {
        ++requests_[protocol::toString(request->id)];
      }
      server_.receive(std::move(message));
    }
    scheduler_.runUntilIdle();
  }

  /// Checks what the server sent.
  std::optional<std::string> violation() {
    scheduler_.runUntilIdle();
    std::map<std::string, int> answers;
    for (const auto& text : sent_) {
      const auto message = Json::parse(text, nullptr, false);
      if (message.is_discarded() || !message.is_object()) {
        return "the server sent a message that is not a JSON object: " + text.substr(0, 200);
      }
      if (message.value("jsonrpc", "") != "2.0") {
        return "the server sent a message without \"jsonrpc\":\"2.0\": " + text.substr(0, 200);
      }
      if (!message.contains("method") &&
          (message.contains("result") || message.contains("error"))) {
        const auto& id = message["id"]; // spelled as protocol::toString spells request ids
        ++answers[id.is_string() ? "\"" + id.get<std::string>() + "\"" : id.dump()];
      }
    }
    if (server_.exitRequested()) {
      return std::nullopt; // requests after `exit` are not answered, by design
    }
    for (const auto& [id, count] : requests_) {
      const auto it = answers.find(id);
      const int answered = it == answers.end() ? 0 : it->second;
      if (answered != count) {
        return "request " + id + " was sent " + std::to_string(count) + " time(s) and answered " +
               std::to_string(answered) + " time(s)";
      }
    }
    return std::nullopt;
  }

private:
  template <typename M> void confineParams(M& message) {
    if constexpr (requires { message.params; }) {
      confine(message.params, root_);
    }
  }

  std::filesystem::path root_;
  lsp::ManualScheduler scheduler_;
  std::vector<std::string> sent_;
  std::map<std::string, int> requests_;
  lsp::LspServer server_;
};

} // namespace

std::optional<std::string> lspStreamViolation(std::string_view bytes,
                                              const std::filesystem::path& root) {
  spdlog::set_level(spdlog::level::off); // the server's log is not what is tested here
  if (auto violation = framingViolation(bytes)) {
    return violation;
  }
  auto bodies =
      readFrames(bytes, transport::FrameReader::kDefaultMaxMessageBytes, [&](std::size_t) {
        return bytes.size();
      }).bodies;
  if (bodies.empty() && !bytes.empty()) {
    bodies.emplace_back(bytes); // an unframed message, as a client that forgot the header
  }
  Session session(root);
  for (const auto& body : bodies) {
    session.send(body);
  }
  return session.violation();
}

} // namespace oxt::fuzz
