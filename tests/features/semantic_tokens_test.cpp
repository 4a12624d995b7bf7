// Semantic tokens: highlights.scm run by the server and mapped to LSP's legend.
#include <catch2/catch_test_macros.hpp>

#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "../support/test_files.h"
#include "features/embedded_queries.h"
#include "features/semantic_tokens.h"

using oxt::features::captureStyles;
using oxt::features::findCaptureStyle;
using oxt::features::SemanticToken;
using oxt::features::semanticTokens;
using oxt::features::TokenStyle;
using oxt::features::TokenType;
using oxt::syntax::ByteRange;
using oxt::syntax::SyntaxTree;
namespace modifier = oxt::features::token_modifier;

namespace {

struct Seen {
  std::string text;
  TokenStyle style;
  friend bool operator==(const Seen&, const Seen&) = default;
};

std::vector<Seen> seen(const std::string& text, std::optional<ByteRange> range = {}) {
  const SyntaxTree tree(text);
  std::vector<Seen> out;
  for (const auto& token : semanticTokens(tree, range)) {
    out.push_back(
        Seen{text.substr(token.range.start, token.range.end - token.range.start), token.style});
  }
  return out;
}

/// Tokens in order, not overlapping, not empty, none across a line break.
void requireWellFormed(const std::string& text, const std::vector<SemanticToken>& tokens) {
  uint32_t previousEnd = 0;
  for (const auto& token : tokens) {
    CHECK(token.range.start >= previousEnd);
    CHECK(token.range.start < token.range.end);
    CHECK(token.range.end <= text.size());
    const auto piece = text.substr(token.range.start, token.range.end - token.range.start);
    CHECK(piece.find('\n') == std::string::npos);
    CHECK(piece.find('\r') == std::string::npos);
    CHECK(static_cast<uint32_t>(token.style.type) < oxt::features::tokenTypeNames().size());
    CHECK(token.style.modifiers < (1U << oxt::features::tokenModifierNames().size()));
    previousEnd = token.range.end;
  }
}

} // namespace

TEST_CASE("the embedded highlights query is grammar/queries/highlights.scm and compiles") {
  CHECK(oxt::features::highlightsQueryText() ==
        oxt::test::readSourceFile("grammar/queries/highlights.scm"));
  CHECK(oxt::features::foldsQueryText() == oxt::test::readSourceFile("grammar/queries/folds.scm"));
  REQUIRE(oxt::features::highlightsQuery() != nullptr);
  CHECK(oxt::features::localsQueryText() ==
        oxt::test::readSourceFile("grammar/queries/locals.scm"));
  REQUIRE(oxt::features::foldsQuery() != nullptr);
  REQUIRE(oxt::features::localsQuery() != nullptr);
}

TEST_CASE("every capture name of highlights.scm maps to the legend, and nothing else is mapped") {
  // Capture names read from the file itself, as well as from the compiled query.
  const auto source = oxt::test::readSourceFile("grammar/queries/highlights.scm");
  // (No std::regex: GCC 12 -O2 warns inside <regex>, which broke the asan build.)
  std::set<std::string> inFile;
  bool inComment = false;
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char c = source[i];
    if (c == ';') {
      inComment = true;
    } else if (c == '\n') {
      inComment = false;
    } else if (c == '@' && !inComment && (i == 0 || source[i - 1] != '"')) {
      std::size_t end = i + 1;
      while (end < source.size() && (std::isalnum(static_cast<unsigned char>(source[end])) != 0 ||
                                     source[end] == '_' || source[end] == '.')) {
        ++end;
      }
      inFile.insert(source.substr(i + 1, end - i - 1));
    }
  }
  const auto& compiled = oxt::features::highlightsQuery()->captureNames();
  CHECK(std::set<std::string>(compiled.begin(), compiled.end()) == inFile);
  for (const auto& name : inFile) {
    CAPTURE(name);
    CHECK(findCaptureStyle(name) != nullptr);
  }
  for (const auto& row : captureStyles()) {
    CAPTURE(row.capture);
    CHECK(inFile.contains(std::string(row.capture))); // no stale rows
    if (row.style) {
      CHECK(static_cast<uint32_t>(row.style->type) < oxt::features::tokenTypeNames().size());
    }
  }
}

TEST_CASE("the legend uses LSP's standard names") {
  const std::set<std::string_view> standardTypes{
      "namespace",     "type",      "class",    "enum",     "interface",  "struct",
      "typeParameter", "parameter", "variable", "property", "enumMember", "event",
      "function",      "method",    "macro",    "keyword",  "modifier",   "comment",
      "string",        "number",    "regexp",   "operator", "decorator"};
  for (const auto name : oxt::features::tokenTypeNames()) {
    CAPTURE(name);
    CHECK(standardTypes.contains(name));
  }
  const std::set<std::string_view> standardModifiers{
      "declaration", "definition", "readonly",     "static",        "deprecated",
      "abstract",    "async",      "modification", "documentation", "defaultLibrary"};
  for (const auto name : oxt::features::tokenModifierNames()) {
    CAPTURE(name);
    CHECK(standardModifiers.contains(name));
  }
}

TEST_CASE("declarations, references, types, annotations and literals get their styles") {
  const auto tokens = seen("@dbms(SqlServer)\nextension Shop {\n"
                           "  action Get { input Items?: List<Item> = 3 }\n"
                           "  structure Item { Name: Text(10) = \"a\\n\" }\n}\n");
  const std::vector<Seen> expected{
      {"@", {TokenType::Decorator, 0}},
      {"dbms", {TokenType::Decorator, 0}},
      {"SqlServer", {TokenType::EnumMember, 0}},
      {"extension", {TokenType::Keyword, 0}},
      {"Shop", {TokenType::Namespace, modifier::kDeclaration}},
      {"action", {TokenType::Keyword, 0}},
      {"Get", {TokenType::Function, modifier::kDeclaration}},
      {"input", {TokenType::Keyword, 0}},
      {"Items", {TokenType::Parameter, modifier::kDeclaration}},
      {"?", {TokenType::Operator, 0}},
      {"List", {TokenType::Type, modifier::kDefaultLibrary}},
      {"Item", {TokenType::Type, 0}},
      {"=", {TokenType::Operator, 0}},
      {"3", {TokenType::Number, 0}},
      {"structure", {TokenType::Keyword, 0}},
      {"Item", {TokenType::Type, modifier::kDeclaration}},
      {"Name", {TokenType::Property, modifier::kDeclaration}},
      {"Text", {TokenType::Type, modifier::kDefaultLibrary}},
      {"10", {TokenType::Number, 0}},
      {"=", {TokenType::Operator, 0}},
      {"\"a", {TokenType::String, 0}},
      {"\\n", {TokenType::Regexp, 0}},
      {"\"", {TokenType::String, 0}},
  };
  CHECK(tokens == expected);
}

TEST_CASE("comments and doc comments; block comments are cut at line ends") {
  const auto tokens = seen("/// Doc.\n/* one\n   two */ extension E {}\r\n// end\r\n");
  const std::vector<Seen> expected{
      {"/// Doc.", {TokenType::Comment, modifier::kDocumentation}},
      {"/* one", {TokenType::Comment, 0}},
      {"two */", {TokenType::Comment, 0}},
      {"extension", {TokenType::Keyword, 0}},
      {"E", {TokenType::Namespace, modifier::kDeclaration}},
      {"// end", {TokenType::Comment, 0}},
  };
  CHECK(tokens == expected);
}

TEST_CASE("a range request gets the tokens that intersect the range") {
  const std::string text = "extension E {\n  action A {}\n  action B {}\n}\n";
  const auto line2 = static_cast<uint32_t>(text.find("  action B"));
  const auto tokens = seen(text, ByteRange{line2, line2 + 12});
  const std::vector<Seen> expected{{"action", {TokenType::Keyword, 0}},
                                   {"B", {TokenType::Function, modifier::kDeclaration}}};
  CHECK(tokens == expected);
}

TEST_CASE("non-ASCII names and strings are whole tokens in bytes") {
  const std::string text = "extension Café { resource \"é𝄞.dll\" }\n";
  const auto tokens = seen(text);
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[1] == Seen{"Café", {TokenType::Namespace, modifier::kDeclaration}});
  CHECK(tokens[3] == Seen{"\"é𝄞.dll\"", {TokenType::String, 0}});
}

TEST_CASE("every prefix of a file gives well-formed tokens") {
  const std::string text = "/// doc\n@dbms(All)\nextension Shop {\n  action A {\n"
                           "    input X?: Record<A, B> = \"x\\u{41}\n"
                           "    output Y: Identifier<Loan>\n  }\n"
                           "  entity Loan { @identifier Id: Integer = #2024-01-31# }\n}\n";
  for (std::size_t length = 0; length <= text.size(); ++length) {
    CAPTURE(length);
    const auto prefix = text.substr(0, length);
    const SyntaxTree tree(prefix);
    requireWellFormed(prefix, semanticTokens(tree));
  }
}

TEST_CASE("every example gives well-formed tokens") {
  for (const auto& file : oxt::test::exampleFiles()) {
    CAPTURE(file);
    const auto text = oxt::test::readSourceFile(file);
    const SyntaxTree tree(text);
    const auto tokens = semanticTokens(tree);
    CHECK(tokens.size() > 20);
    requireWellFormed(text, tokens);
  }
}
