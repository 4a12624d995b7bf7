// Content-Length framing: any chunking, CRLF or LF, headers in any case, and recovery
// from wrong lengths, garbage and oversized messages.
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "transport/frame_reader.h"

using oxt::transport::frame;
using oxt::transport::FrameReader;

namespace {
struct Fed {
  std::vector<std::string> messages;
  std::vector<std::string> problems;
};

Fed feed(FrameReader& reader, const std::string& bytes, std::size_t chunk = 0) {
  Fed fed;
  const auto onMessage = [&](std::string body) { fed.messages.push_back(std::move(body)); };
  const auto onProblem = [&](std::string problem) { fed.problems.push_back(std::move(problem)); };
  if (chunk == 0) {
    reader.feed(bytes, onMessage, onProblem);
  } else {
    for (std::size_t at = 0; at < bytes.size(); at += chunk) {
      reader.feed(std::string_view(bytes).substr(at, chunk), onMessage, onProblem);
    }
  }
  return fed;
}
} // namespace

TEST_CASE("messages split anywhere come out whole") {
  const std::string stream = frame("{\"a\":1}") + frame("{\"b\":\"é\"}");
  for (std::size_t chunk : {std::size_t{1}, std::size_t{3}, std::size_t{7}, stream.size()}) {
    FrameReader reader;
    const auto fed = feed(reader, stream, chunk);
    REQUIRE(fed.messages == std::vector<std::string>{"{\"a\":1}", "{\"b\":\"é\"}"});
    CHECK(fed.problems.empty());
    CHECK_FALSE(reader.finish());
  }
}

TEST_CASE("header names ignore case, LF alone ends a line, other headers are ignored") {
  FrameReader reader;
  const auto fed =
      feed(reader, "content-length: 2\nContent-Type: application/vscode-jsonrpc; charset=utf-8\n"
                   "\n{}");
  CHECK(fed.messages == std::vector<std::string>{"{}"});
  CHECK(fed.problems.empty());
}

TEST_CASE("two different Content-Length headers: the last wins, with a problem") {
  FrameReader reader;
  const auto fed = feed(reader, "Content-Length: 99\r\nContent-Length: 2\r\n\r\n{}");
  CHECK(fed.messages == std::vector<std::string>{"{}"});
  CHECK(fed.problems.size() == 1);
}

TEST_CASE("garbage before a header is skipped up to Content-Length") {
  FrameReader reader;
  const auto fed = feed(reader, "xyz}Content-Length: 2\r\n\r\n{}" + frame("[]"));
  CHECK(fed.messages == std::vector<std::string>{"{}", "[]"});
  CHECK(fed.problems.size() == 1);
}

TEST_CASE("a length too short yields a cut body, then resynchronizes") {
  FrameReader reader;
  const auto fed = feed(reader, "Content-Length: 3\r\n\r\n{\"a\":1}" + frame("{}"));
  REQUIRE(fed.messages.size() == 2);
  CHECK(fed.messages[0] == "{\"a");
  CHECK(fed.messages[1] == "{}");
}

TEST_CASE("a header block without a valid length is skipped") {
  FrameReader reader;
  const auto fed = feed(reader, "Content-Length: many\r\n\r\n" + frame("{}"));
  CHECK(fed.messages == std::vector<std::string>{"{}"});
  CHECK(fed.problems.size() == 2); // the invalid value, then the block without length
}

TEST_CASE("an oversized message is skipped without being kept") {
  FrameReader reader(16);
  const auto fed = feed(reader, frame(std::string(100, 'x')) + frame("{}"), 10);
  CHECK(fed.messages == std::vector<std::string>{"{}"});
  REQUIRE(fed.problems.size() == 1);
  CHECK(fed.problems[0].find("exceeds the limit") != std::string::npos);
}

TEST_CASE("the end of input inside a message is reported") {
  FrameReader reader;
  (void)feed(reader, "Content-Length: 10\r\n\r\n{\"a\"");
  REQUIRE(reader.finish());
  CHECK(reader.finish()->find("6 bytes before the end") != std::string::npos);
  FrameReader headers;
  (void)feed(headers, "Content-Len");
  CHECK(headers.finish());
}

TEST_CASE("megabytes without a header are fatal") {
  FrameReader reader;
  (void)feed(reader, std::string(2 * FrameReader::kMaxGarbage, 'z'), 4096);
  CHECK(reader.fatalError());
}

TEST_CASE("a body comes with room past its end, for a reader that reads it in place") {
  const std::string body(100000, 'x');
  for (std::size_t chunk : {std::size_t{4096}, std::size_t{65536}}) {
    FrameReader reader;
    const auto fed = feed(reader, frame(body), chunk); // moved out: capacity kept
    REQUIRE(fed.messages.size() == 1);
    CHECK(fed.messages.front() == body);
    CHECK(fed.messages.front().capacity() - body.size() >= FrameReader::kBodyReadSlack);
  }
}

TEST_CASE("a body in parts is framed as the parts one after the other") {
  const std::array<std::string_view, 3> parts{R"({"id":1,"result":)", "[1,2]", "}"};
  CHECK(frame(parts) == "Content-Length: 23\r\n\r\n{\"id\":1,\"result\":[1,2]}");
  CHECK(frame(std::span<const std::string_view>()) == "Content-Length: 0\r\n\r\n");
}
