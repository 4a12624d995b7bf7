// The large results written as JSON text directly (document symbols, semantic tokens,
// folding ranges, code lenses) must be the text their Json documents give: a client
// cannot tell which way a reply was written.
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "protocol/jsonrpc.h"
#include "protocol/navigation_types.h"
#include "protocol/outline_types.h"

using namespace oxt::protocol;

namespace {

Range rangeOf(uint32_t line, uint32_t from, uint32_t to) {
  return Range{Position{line, from}, Position{line, to}};
}

} // namespace

TEST_CASE("document symbols written directly are the text of their Json document") {
  DocumentSymbol action{"GetPrice",        "Function",        SymbolKind::Function,
                        rangeOf(3, 2, 40), rangeOf(3, 9, 17), {}};
  action.children.push_back({"Amount",
                             "Decimal(18, 2)",
                             SymbolKind::Variable,
                             rangeOf(4, 4, 30),
                             rangeOf(4, 10, 16),
                             {}});
  // Quotes, a backslash, a control character, non-ASCII and invalid UTF-8 in names.
  action.children.push_back(
      {"Qu\"o\\te\t", "", SymbolKind::Variable, rangeOf(5, 0, 1), rangeOf(5, 0, 1), {}});
  action.children.push_back(
      {"Préço😀", "", SymbolKind::Field, rangeOf(6, 0, 2), rangeOf(6, 0, 2), {}});
  action.children.push_back(
      {std::string("bad\xC3\x28"), "", SymbolKind::Field, rangeOf(7, 0, 2), rangeOf(7, 0, 2), {}});
  DocumentSymbol extension{"Acme",  "", SymbolKind::Module, rangeOf(0, 0, 99), rangeOf(0, 10, 14),
                           {action}};
  const std::vector<DocumentSymbol> symbols{extension, DocumentSymbol{}};

  CHECK(toJsonText(symbols) == serialize(toJson(symbols)));
  CHECK(toJsonText(std::vector<DocumentSymbol>{}) == "[]");
}

TEST_CASE("ranges with the largest line and character numbers are written whole") {
  // Each range is written into a fixed buffer first: ten digits per number must fit.
  constexpr uint32_t kMax = 4294967295U;
  const std::vector<DocumentSymbol> symbols{{"Far",
                                             "",
                                             SymbolKind::Function,
                                             Range{Position{kMax, kMax}, Position{kMax, kMax}},
                                             Range{Position{0, kMax}, Position{kMax, 0}},
                                             {}}};
  const auto text = toJsonText(symbols);
  CHECK(text == serialize(toJson(symbols)));
  CHECK(text.find(R"("range":{"end":{"character":4294967295,"line":4294967295},)") !=
        std::string::npos);
}

TEST_CASE("a large outline is written into a buffer reserved once, of about its size") {
  // A buffer too small doubles at the end, copying megabytes and holding twice the
  // memory; one far too large holds memory for nothing.
  std::vector<DocumentSymbol> symbols;
  for (uint32_t i = 0; i < 3000; ++i) {
    const uint32_t line = 150000 + i * 7;
    DocumentSymbol action{
        "Action" + std::to_string(i), "function",
        SymbolKind::Function,         Range{Position{line, 4}, Position{line + 6, 5}},
        rangeOf(line, 11, 18),        {}};
    for (uint32_t p = 0; p < 4; ++p) {
      action.children.push_back({"Param" + std::to_string(p),
                                 "input List<Rec0>",
                                 SymbolKind::Variable,
                                 rangeOf(line + p + 1, 8, 33),
                                 rangeOf(line + p + 1, 14, 19),
                                 {}});
    }
    symbols.push_back(std::move(action));
  }
  const auto text = toJsonText(symbols);
  CHECK(text == serialize(toJson(symbols)));
  CHECK(text.capacity() >= text.size());
  CHECK(text.capacity() <= text.size() + text.size() / 20);
}

TEST_CASE("flat symbols written directly are the text of their Json document") {
  const std::vector<SymbolInformation> symbols{
      {"GetPrice", SymbolKind::Function, Location{"file:///w/Acme%20Lib.oxt", rangeOf(3, 2, 40)},
       "Acme"},
      {"Qu\"o\\te", SymbolKind::Variable, Location{"file:///w/a.oxt", rangeOf(5, 0, 1)}, ""}};
  CHECK(toJsonText(symbols) == serialize(toJson(symbols)));
}

TEST_CASE("semantic tokens written directly are the text of their Json document") {
  const SemanticTokens tokens{{0, 2, 9, 1, 0, 1, 4, 4294967295U, 12, 3}};
  CHECK(toJsonText(tokens) == serialize(toJson(tokens)));
  CHECK(toJsonText(SemanticTokens{}) == R"({"data":[]})");
}

TEST_CASE("semantic tokens of a large file are written whole, however many numbers") {
  // Written through a buffer of a few kilobytes: the numbers on either side of each
  // refill must come out once and in order.
  SemanticTokens tokens;
  for (uint32_t i = 0; i < 20000; ++i) {
    tokens.data.push_back(i % 3 == 0 ? 4294967295U - i : i * 7919U % 100000U);
  }
  CHECK(toJsonText(tokens) == serialize(toJson(tokens)));
}

TEST_CASE("a result written as text makes the response its Json document makes") {
  const auto result = toJson(SemanticTokens{{1, 2, 3, 4, 5}});
  for (const RequestId& id : {RequestId{int64_t{7}}, RequestId{std::string("a\"b")}}) {
    const auto envelope = resultEnvelope(id);
    CHECK(envelope.before + serialize(result) + std::string(envelope.after) ==
          serialize(resultJson(id, result)));
  }
}

TEST_CASE("folding ranges written directly are the text of their Json document") {
  std::vector<FoldingRange> ranges;
  CHECK(toJsonText(ranges) == "[]");
  // startLine, startCharacter, endLine, endCharacter, kind
  ranges.push_back(FoldingRange{3, std::nullopt, 9, std::nullopt, std::nullopt});
  ranges.push_back(FoldingRange{0, 4, 2, 1, std::string("comment")});
  ranges.push_back(FoldingRange{4294967295U, 4294967295U, 4294967295U, 0, std::string("re\"gion")});
  ranges.push_back(FoldingRange{10, 7, 12, std::nullopt, std::nullopt});
  ranges.push_back(FoldingRange{10, std::nullopt, 12, 2, std::nullopt});
  CHECK(toJsonText(ranges) == serialize(toJson(ranges)));
}

TEST_CASE("code lenses written directly are the text of their Json document") {
  CHECK(toJsonText(std::vector<CodeLens>{}) == "[]");
  const std::vector<CodeLens> lenses{
      {rangeOf(3, 14, 22), "2 references", std::nullopt},
      {rangeOf(4000000, 0, 4294967295U), "1 \"reference\"\n", std::nullopt},
      {rangeOf(7, 11, 21), "Open implementation (Billing.cs:12)",
       Command{"Open implementation (Billing.cs:12)", "oxt.openImplementation",
               Json::array({"file:///w/Billing%20X.cs", 11})}},
      {rangeOf(9, 11, 21), "Not implemented", Command{"Not implemented", "oxt.generate", Json()}},
  };
  CHECK(toJsonText(lenses) == serialize(toJson(lenses)));
}
