// Messages are read with simdjson and turned into the nlohmann value the protocol
// layer works with. The value must be the one nlohmann's own reader gives, down to
// the kind of each number; what simdjson does not read goes to nlohmann, whose verdict
// and messages count.
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "protocol/fast_json.h"
#include "protocol/jsonrpc.h"

using oxt::protocol::Json;

namespace {

constexpr std::size_t kDepth = 128;

/// Read as the server reads a message body: from a string with no room past its end.
std::optional<Json> readJsonFast(const std::string& text) {
  return oxt::protocol::readJsonFast(text, 0, kDepth);
}

/// The same value, and the same kind of number at every place.
bool sameAsNlohmann(const std::string& text) {
  const auto fast = readJsonFast(text);
  const auto slow = Json::parse(text);
  return fast && *fast == slow && fast->dump() == slow.dump() && [&] {
    bool same = true;
    const auto walk = [&](const auto& self, const Json& a, const Json& b) -> void {
      same = same && a.type() == b.type();
      if (a.is_structured() && b.is_structured() && a.size() == b.size()) {
        auto ib = b.begin();
        for (auto ia = a.begin(); ia != a.end(); ++ia, ++ib) {
          self(self, *ia, *ib);
        }
      }
    };
    walk(walk, *fast, slow);
    return same;
  }();
}

} // namespace

TEST_CASE("a message read fast is the value nlohmann reads") {
  const std::vector<std::string> texts{
      R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null}})",
      R"({"id":"abc","result":[1,-2,3.5,-0.0,1e3,18446744073709551615,9223372036854775807]})",
      R"({"a":-9223372036854775808,"b":0,"c":true,"d":false,"e":null,"f":[],"g":{}})",
      R"({"text":"line\nnext\t\"quoted\" \\ \u00e9 \ud83d\ude00 é","empty":""})",
      R"([[[[[]]]],{"x":[{"y":[1,{"z":2}]}]}])",
      R"({"same":1,"same":2})",
      R"("just a string")",
      R"(  42  )",
  };
  for (const auto& text : texts) {
    INFO(text);
    CHECK(sameAsNlohmann(text));
  }
}

TEST_CASE("what simdjson does not read is left to nlohmann") {
  CHECK_FALSE(readJsonFast(R"({"a":})"));
  CHECK_FALSE(readJsonFast(R"({"a":1)"));
  CHECK_FALSE(readJsonFast("{\"a\":\"\xff\"}")); // not UTF-8
  CHECK_FALSE(readJsonFast(""));
  // A number too large for 64 bits: nlohmann reads it as a double.
  CHECK_FALSE(readJsonFast(R"({"n":123456789012345678901234567890})"));
  const auto message = oxt::protocol::parseMessage(
      R"({"jsonrpc":"2.0","method":"$/x","params":{"n":123456789012345678901234567890}})");
  const auto* parsed = std::get_if<oxt::protocol::Message>(&message);
  REQUIRE(parsed != nullptr);
  const auto& params = std::get<oxt::protocol::Notification>(*parsed).params;
  CHECK(params["n"].is_number_float());
  // Bad JSON is still reported the way it was.
  const auto bad = oxt::protocol::parseMessage(R"({"jsonrpc":"2.0",)");
  const auto* rejected = std::get_if<oxt::protocol::RejectedMessage>(&bad);
  REQUIRE(rejected != nullptr);
  CHECK(rejected->error.message == "the message is not valid JSON");
}

TEST_CASE("a text with room past its end is read in place, to the same value") {
  const std::string text =
      R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":)"
      R"({"uri":"file:///a.oxt","version":1,"text":"extension A {\n  action B {}\n}\n"}}})";
  std::string roomy;
  roomy.reserve(text.size() + 64);
  roomy = text;
  REQUIRE(roomy.capacity() >= text.size() + 64);
  const auto inPlace = oxt::protocol::readJsonFast(roomy, roomy.capacity(), kDepth);
  REQUIRE(inPlace);
  CHECK(*inPlace == Json::parse(text));
  CHECK((*inPlace)["params"]["textDocument"]["text"] == "extension A {\n  action B {}\n}\n");
}

TEST_CASE("simdjson leaves what nests as deep as its limit to nlohmann") {
  const auto arrays = [](std::size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
  };
  const auto objects = [](std::size_t depth) {
    std::string text;
    for (std::size_t i = 0; i < depth; ++i) {
      text += R"({"a":)";
    }
    return text + "1" + std::string(depth, '}');
  };
  CHECK(readJsonFast(arrays(kDepth - 1)));
  CHECK(readJsonFast(objects(kDepth - 1)));
  // Never more than the limit: the message layer relies on it to skip its own scan.
  CHECK_FALSE(readJsonFast(arrays(kDepth + 1)));
  CHECK_FALSE(readJsonFast(objects(kDepth + 1)));
  CHECK_FALSE(readJsonFast(objects(kDepth)));
}
