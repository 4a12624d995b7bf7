// A hostile client, through the real transport: truncated headers, wrong lengths,
// invalid UTF-8, a 50 MB message, a flood of 10,000 changes, out-of-range positions.
// The server answers what it can, logs the rest, and stays up.
#include <memory>
#include <sstream>
#include <string>

#include <catch2/catch_test_macros.hpp>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include "lsp_test_client.h"

using nlohmann::json;
using oxt::test::PipeClient;

namespace {

json request(int id, const std::string& method, json params) {
  return json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}
json notification(const std::string& method, json params) {
  return json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}
json position(uint32_t line, uint32_t character) {
  return json{{"line", line}, {"character", character}};
}
json change(int version, json start, json end, const std::string& text) {
  return notification("textDocument/didChange",
                      {{"textDocument", {{"uri", "file:///h/Shop.oxt"}, {"version", version}}},
                       {"contentChanges", json::array({{{"range", {{"start", start}, {"end", end}}},
                                                        {"text", text}}})}});
}
bool isErrorFor(const json& message, const json& id, int code) {
  return message.contains("error") && message["id"] == id && message["error"]["code"] == code;
}

/// Captures the log while it lives.
class LogCapture {
public:
  LogCapture() : previous_(spdlog::default_logger()) {
    auto logger = std::make_shared<spdlog::logger>(
        "capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(stream_));
    logger->set_level(spdlog::level::debug);
    spdlog::set_default_logger(logger);
  }
  ~LogCapture() { spdlog::set_default_logger(previous_); }
  LogCapture(const LogCapture&) = delete;
  LogCapture& operator=(const LogCapture&) = delete;
  LogCapture(LogCapture&&) = delete;
  LogCapture& operator=(LogCapture&&) = delete;
  [[nodiscard]] std::string text() {
    spdlog::default_logger()->flush();
    return stream_.str();
  }

private:
  std::ostringstream stream_;
  std::shared_ptr<spdlog::logger> previous_;
};

} // namespace

TEST_CASE("a hostile client gets answers where possible, and the server stays up") {
  LogCapture log;
  PipeClient client;
  client.send(
      request(1, "initialize",
              {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", json::object()}}));
  REQUIRE(client.waitForId(1).contains("result"));
  client.send(notification("initialized", json::object()));

  SECTION("framing and encoding problems") {
    // Truncated headers, then a header without a value: skipped, logged.
    client.writeRaw("Content-Lengt\r\n\r\n");
    client.writeRaw("Content-Length: \r\n\r\n");
    // A Content-Length shorter than the body: the cut body is a ParseError, the
    // rest is skipped up to the next header.
    const std::string body = request(2, "shutdown", nullptr).dump();
    client.writeRaw("Content-Length: 10\r\n\r\n" + body);
    // A Content-Length longer than the body swallows the start of the next message.
    client.writeRaw("Content-Length: " + std::to_string(body.size() + 25) + "\r\n\r\n" + body);
    client.send(request(3, "oxt/lost", json::object()));
    // Invalid UTF-8 inside a string: not JSON, so ParseError.
    const std::string invalidUtf8 =
        "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"oxt/x\",\"params\":{\"a\":\"\xff\xfe\"}}";
    client.writeRaw(oxt::transport::frame(invalidUtf8));
    client.send(request(4, "oxt/after", json::object()));
    const auto after = client.waitForId(4);
    REQUIRE(isErrorFor(after, 4, -32601)); // still serving
    const auto received = client.received();
    int parseErrors = 0;
    for (const auto& message : received) {
      parseErrors += isErrorFor(message, nullptr, -32700) ? 1 : 0;
    }
    CHECK(parseErrors == 3); // short length, long length, invalid UTF-8
    const auto logged = log.text();
    CHECK(logged.find("a header block without a valid Content-Length") != std::string::npos);
    CHECK(logged.find("invalid Content-Length") != std::string::npos);
    CHECK(logged.find("discarded") != std::string::npos);
  }

  SECTION("a 50 MB message is read and answered") {
    const std::string blob(std::size_t{50} << 20U, 'a');
    client.send(request(5, "oxt/big", {{"blob", blob}}));
    CHECK(isErrorFor(client.waitForId(5), 5, -32601));
  }

  SECTION("a flood of 10,000 changes is coalesced, and out-of-range positions are clamped") {
    client.send(notification("textDocument/didOpen",
                             {{"textDocument",
                               {{"uri", "file:///h/Shop.oxt"},
                                {"languageId", "oxt"},
                                {"version", 1},
                                {"text", "extension Shop {\n    action Ping {}\n}\n"}}}}));
    constexpr int kChanges = 10000;
    std::string flood;
    for (int i = 0; i < kChanges; ++i) {
      // Alternately add and remove a blank line after the first line.
      const auto text = i % 2 == 0 ? std::string("\n") : std::string();
      const auto end = i % 2 == 0 ? position(1, 0) : position(2, 0);
      flood += oxt::transport::frame(change(i + 2, position(1, 0), end, text).dump());
    }
    client.writeRaw(flood);
    const auto last = kChanges + 1;
    const auto published = client.waitFor([&](const json& m) {
      return m.value("method", "") == "textDocument/publishDiagnostics" &&
             m["params"]["version"] == last;
    });
    REQUIRE(published.is_object());
    CHECK(published["params"]["diagnostics"].empty());
    int publishes = 0;
    for (const auto& message : client.received()) {
      publishes += message.value("method", "") == "textDocument/publishDiagnostics" ? 1 : 0;
    }
    CHECK(publishes < 100); // a burst is checked once, not 10,000 times

    // Positions past the end of a line and past the last line are clamped; an end
    // before its start becomes an insertion; a negative line is invalid params.
    client.send(change(last + 1, position(1000000, 5), position(2000000, 0), "}"));
    client.send(change(last + 2, position(0, 999), position(0, 3), ""));
    client.send(change(last + 3, position(0, 0), position(0, 0), ""));
    client.send(notification(
        "textDocument/didChange",
        {{"textDocument", {{"uri", "file:///h/Shop.oxt"}, {"version", 9}}},
         {"contentChanges",
          json::array(
              {{{"range", {{"start", {{"line", -1}, {"character", 0}}}, {"end", position(0, 0)}}},
                {"text", "x"}}})}}));
    const auto clamped = client.waitFor([&](const json& m) {
      return m.value("method", "") == "textDocument/publishDiagnostics" &&
             m["params"]["version"] == last + 3;
    });
    REQUIRE(clamped.is_object());
    const auto& diagnostics = clamped["params"]["diagnostics"];
    REQUIRE(diagnostics.size() == 1); // the '}' added at the very end
    CHECK(diagnostics[0]["range"]["start"]["line"] == 3);
    const auto invalid = client.waitFor([](const json& m) {
      return m.value("method", "") == "window/logMessage" &&
             m["params"]["message"].get<std::string>().find(
                 "range.start.line: integer out of range") != std::string::npos;
    });
    CHECK(invalid.is_object());
    CHECK(log.text().find("clamped") != std::string::npos);
  }

  client.send(request(90, "shutdown", nullptr));
  CHECK(client.waitForId(90).contains("result"));
  client.send(notification("exit", nullptr));
  CHECK(client.exitCode() == 0);
}

TEST_CASE("a stream that is not LSP at all closes the connection, with the reason logged") {
  LogCapture log;
  PipeClient client;
  client.writeRaw(std::string(std::size_t{3} << 20U, 'z'));
  CHECK(client.exitCode() == 1);
  CHECK(log.text().find("closing the connection: more than") != std::string::npos);
}

TEST_CASE("the end of input without exit ends with code 1") {
  PipeClient client;
  client.send(
      request(1, "initialize",
              {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", json::object()}}));
  REQUIRE(client.waitForId(1).contains("result"));
  client.writeRaw("Content-Length: 100\r\n\r\n{\"jsonrpc\"");
  client.closeInput();
  CHECK(client.exitCode() == 1);
}
