// Completion lists written as JSON text directly must be the text their Json documents
// give, in every shape a list takes: with its items' own ranges or the list's default
// one, with or without documentation and resolve data.
#include <cstdint>
#include <random>
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "protocol/completion_types.h"
#include "protocol/json_text.h"
#include "protocol/jsonrpc.h"

using namespace oxt::protocol;

namespace {

CompletionItem itemOf(std::string label, std::string newText) {
  CompletionItem item;
  item.label = std::move(label);
  item.kind = CompletionItemKind::Struct;
  item.textEdit = TextEdit{Range{Position{4, 21}, Position{4, 24}}, std::move(newText)};
  item.sortText = "0007";
  return item;
}

CompletionList sampleList() {
  CompletionList list;
  auto plain = itemOf("Installment", "Installment");
  plain.detail = "structure (C# RCInstallmentRecord)";
  plain.documentation = MarkupContent{true, "One row of a \"schedule\".\n\nC# type: `RC…`"};
  list.items.push_back(plain);
  auto snippet = itemOf("List<…>", "List<$1>");
  snippet.insertTextFormat = InsertTextFormat::Snippet;
  snippet.documentation = MarkupContent{false, "Record List\tof\x01 a structure"};
  list.items.push_back(snippet);
  list.items.push_back(itemOf(std::string("bad\xC3\x28"), "x"));
  return list;
}

} // namespace

TEST_CASE("a completion list written directly is the text of its Json document") {
  auto list = sampleList();
  CHECK(toJsonText(list) == serialize(toJson(list)));

  list.isIncomplete = true;
  list.items[1].data = 42;
  CHECK(toJsonText(list) == serialize(toJson(list)));

  CHECK(toJsonText(CompletionList{}) == R"({"isIncomplete":false,"items":[]})");
}

TEST_CASE("with the list's default range, items carry only a text that is not their label") {
  auto list = sampleList();
  list.itemDefaults = CompletionItemDefaults{Range{Position{4, 21}, Position{4, 24}}, 7};
  for (auto& item : list.items) {
    item.defaultEditRange = true;
  }
  const auto text = toJsonText(list);
  CHECK(text == serialize(toJson(list)));
  const auto json = Json::parse(text);
  CHECK(json["itemDefaults"]["data"] == 7);
  CHECK(json["itemDefaults"]["editRange"]["start"]["character"] == 21);
  CHECK_FALSE(json["items"][0].contains("textEdit"));
  CHECK_FALSE(json["items"][0].contains("textEditText")); // the label is the text
  CHECK(json["items"][1]["textEditText"] == "List<$1>");

  list.itemDefaults = CompletionItemDefaults{std::nullopt, 7};
  CHECK(toJsonText(list) == serialize(toJson(list)));
  list.itemDefaults = CompletionItemDefaults{Range{}, std::nullopt};
  CHECK(toJsonText(list) == serialize(toJson(list)));
}

TEST_CASE("strings written directly are escaped as the Json serializer escapes them") {
  std::mt19937 random(20261129);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> ascii(0, 127);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const auto length = static_cast<std::size_t>(random() % 24);
    for (std::size_t i = 0; i < length; ++i) {
      // Mostly ASCII, with control characters and quotes; sometimes any byte.
      text += static_cast<char>(round % 4 == 0 ? byte(random) : ascii(random));
    }
    std::string written;
    json_text::appendString(written, text);
    INFO(serialize(Json(text)));
    CHECK(written == serialize(Json(text)));
  }
}
