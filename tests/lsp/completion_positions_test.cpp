// The language server at every UTF-16 position of a small file: completion and hover
// always answer with a result (never an error), and every completion edit stays on
// the cursor's line and contains the cursor.
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "lsp/lsp_server.h"
#include "lsp/manual_scheduler.h"
#include "protocol/jsonrpc.h"

using nlohmann::json;

namespace {

const std::string kFile = "/// é𝄞 doc\n"
                          "@dbms(SqlServer)\n"
                          "extension Small {\n"
                          "    @function action Add {\n"
                          "        input A?: Integer = 1 // é\n"
                          "        output Sum: Decimal\n"
                          "    }\n"
                          "    structure Pair { Left: Text(20) Items: List<Record<Pair, Row>> }\n"
                          "    @table(\"[DB].[dbo].[T]\") entity Row {\n"
                          "        @identifier Id: Integer\n"
                          "        Ref?: Identifier<Row>\n"
                          "        Note?: Text = \"é𝄞\"\n"
                          "    }\n"
                          "    @deploy(Binaries) resource \"lib/x.dll\"\n"
                          "}\n";

/// The length of each line in UTF-16 code units.
std::vector<uint32_t> utf16LineLengths(const std::string& text) {
  std::vector<uint32_t> lengths{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      lengths.push_back(0);
    } else if ((c & 0xC0) != 0x80) { // the first byte of a character
      lengths.back() += c >= 0xF0 ? 2 : 1;
    }
  }
  return lengths;
}

class Session {
public:
  Session()
      : server_(scheduler_, oxt::lsp::Outgoing::joining([this](std::string_view message) {
                  sent_.push_back(json::parse(message));
                }),
                {}) {}

  json request(const std::string& method, const json& params) {
    const auto id = nextId_++;
    send(json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
    for (auto it = sent_.begin(); it != sent_.end(); ++it) {
      if (it->contains("id") && (*it)["id"] == id) {
        auto reply = *it;
        sent_.erase(it);
        return reply;
      }
    }
    FAIL("no reply to " << method);
    return {};
  }

  void notify(const std::string& method, const json& params) {
    send(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
  }

private:
  void send(const json& message) {
    auto parsed = oxt::protocol::parseMessage(message.dump());
    server_.receive(std::move(std::get<oxt::protocol::Message>(parsed)));
    scheduler_.runUntilIdle();
  }

  oxt::lsp::ManualScheduler scheduler_;
  std::vector<json> sent_;
  oxt::lsp::LspServer server_;
  int nextId_ = 1;
};

} // namespace

TEST_CASE("completion and hover answer at every UTF-16 position of a small file") {
  Session session;
  session.request(
      "initialize",
      {{"processId", nullptr},
       {"rootUri", nullptr},
       {"capabilities",
        {{"textDocument", {{"completion", {{"completionItem", {{"snippetSupport", true}}}}}}}}}});
  session.notify("initialized", json::object());
  const std::string uri = "file:///nowhere/Small.oxt";
  session.notify(
      "textDocument/didOpen",
      {{"textDocument", {{"uri", uri}, {"languageId", "oxt"}, {"version", 1}, {"text", kFile}}}});
  const auto lengths = utf16LineLengths(kFile);
  std::size_t items = 0;
  std::size_t hovers = 0;
  for (uint32_t line = 0; line < lengths.size(); ++line) {
    for (uint32_t character = 0; character <= lengths[line]; ++character) {
      const json params{{"textDocument", {{"uri", uri}}},
                        {"position", {{"line", line}, {"character", character}}}};
      INFO("line " << line << ", character " << character);
      const auto completion = session.request("textDocument/completion", params);
      REQUIRE(completion.contains("result"));
      for (const auto& item : completion["result"]["items"]) {
        const auto& range = item["textEdit"]["range"];
        CHECK(range["start"]["line"] == line);
        CHECK(range["end"]["line"] == line);
        CHECK(range["start"]["character"].get<uint32_t>() <= character);
        CHECK(character <= range["end"]["character"].get<uint32_t>());
        ++items;
      }
      const auto hover = session.request("textDocument/hover", params);
      REQUIRE(hover.contains("result"));
      hovers += hover["result"].is_null() ? 0U : 1U;
    }
  }
  CHECK(items > 100);
  CHECK(hovers > 100);
}
