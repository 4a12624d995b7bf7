// JSON-RPC messages: kinds, ids, and the errors that answer what is not a message.
#include <string>
#include <variant>

#include <catch2/catch_test_macros.hpp>

#include "protocol/jsonrpc.h"
#include "support/limits.h"

using namespace oxt::protocol;

TEST_CASE("requests, notifications and responses are told apart") {
  auto request = parseMessage(R"({"jsonrpc":"2.0","id":"a","method":"m","params":{"x":1}})");
  REQUIRE(std::holds_alternative<Message>(request));
  const auto& r = std::get<Request>(std::get<Message>(request));
  CHECK(std::get<std::string>(r.id) == "a");
  CHECK(r.params["x"] == 1);
  auto notification = parseMessage(R"({"jsonrpc":"2.0","method":"n"})");
  CHECK(std::holds_alternative<Notification>(std::get<Message>(notification)));
  auto response = parseMessage(R"({"jsonrpc":"2.0","id":3,"error":{"code":-1,"message":"no"}})");
  const auto& answer = std::get<Response>(std::get<Message>(response));
  REQUIRE(answer.error);
  CHECK(answer.error->message == "no");
}

TEST_CASE("what is not a message is rejected with the right code") {
  const auto code = [](std::string_view text) {
    auto parsed = parseMessage(text);
    return std::get<RejectedMessage>(parsed).error.code;
  };
  CHECK(code("{") == ErrorCode::ParseError);
  CHECK(code("{\"a\":\"\xff\"}") == ErrorCode::ParseError);
  CHECK(code("[]") == ErrorCode::InvalidRequest);
  CHECK(code(R"({"jsonrpc":"2.0","id":1.5,"method":"m"})") == ErrorCode::InvalidRequest);
  CHECK(code(R"({"jsonrpc":"2.0","method":7})") == ErrorCode::InvalidRequest);
  CHECK(code(R"({"jsonrpc":"2.0","method":"m","params":3})") == ErrorCode::InvalidRequest);
}

TEST_CASE("a message nested deeper than the limit is refused before it is parsed") {
  const auto nested = [](std::size_t depth) {
    return R"({"jsonrpc":"2.0","id":1,"method":"m","params":)" + std::string(depth, '[') +
           std::string(depth, ']') + "}";
  };
  // The message's object is one level; params add the rest. simdjson refuses the
  // deepest ones, which nlohmann then reads: the limit is the same either way.
  CHECK(std::holds_alternative<Message>(parseMessage(nested(oxt::limits::kMaxJsonDepth - 1))));
  const auto nestedObjects = [](std::size_t depth) {
    std::string text = R"({"jsonrpc":"2.0","id":1,"method":"m","params":)";
    for (std::size_t i = 0; i < depth; ++i) {
      text += R"({"a":)";
    }
    return text + "1" + std::string(depth, '}') + "}";
  };
  CHECK(
      std::holds_alternative<Message>(parseMessage(nestedObjects(oxt::limits::kMaxJsonDepth - 1))));
  CHECK(std::holds_alternative<RejectedMessage>(
      parseMessage(nestedObjects(oxt::limits::kMaxJsonDepth))));
  const auto beyond = parseMessage(nested(oxt::limits::kMaxJsonDepth));
  REQUIRE(std::holds_alternative<RejectedMessage>(beyond));
  CHECK(std::get<RejectedMessage>(beyond).error.message.find("nests 129 levels") !=
        std::string::npos);
  auto deep = parseMessage(nested(100000));
  REQUIRE(std::holds_alternative<RejectedMessage>(deep));
  const auto& rejected = std::get<RejectedMessage>(deep);
  CHECK(rejected.error.code == ErrorCode::InvalidRequest);
  CHECK(rejected.error.message.find("nests 100001 levels") != std::string::npos);
  // Brackets inside strings are text, not nesting.
  CHECK(jsonDepth(R"({"a":"[[[[\"[[[","b":[1]})") == 2);
}

TEST_CASE("fields that may carry a secret are redacted at any depth") {
  const Json params{{"settings",
                     {{"publish", {{"accessToken", "t0k3n"}, {"url", "https://r"}}},
                      {"list", Json::array({{{"Password", "pw"}}, {{"clientSecret", "s"}}})}}},
                    {"token", "progress-1"}};
  const auto text = serialize(redacted(params));
  for (const auto* secret : {"t0k3n", "\"pw\"", "\"s\""}) {
    CHECK(text.find(secret) == std::string::npos);
  }
  CHECK(text.find("https://r") != std::string::npos);  // other fields stay
  CHECK(text.find("progress-1") != std::string::npos); // a progress token is no secret
  CHECK(redacted(params)["settings"]["publish"]["accessToken"] == "<redacted>");
}

TEST_CASE("serializing never throws on invalid UTF-8") {
  const auto text = serialize(notificationJson("m", Json{{"message", std::string("a\xff")}}));
  CHECK(text.find("\xEF\xBF\xBD") != std::string::npos); // U+FFFD
}
