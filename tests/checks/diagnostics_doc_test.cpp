// docs/diagnostics.md is the contract of every diagnostic code: each section's
// first example must be reported with that code (and nothing else), its second
// example (the near miss) must be clean, and every message must match one of the
// section's documented messages. Every check of the registry has a section.
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "../support/test_files.h"
#include "checks/check_document.h"
#include "checks/check_registry.h"
#include "diagnostics_doc.h"

namespace {

using oxt::test::Example;
using oxt::test::sections;

/// A documented message split into literal text and placeholders (`{name}`, any
/// text of at least one character). No std::regex: GCC 12 warns inside it at -O2.
struct Piece {
  bool placeholder = false;
  std::string text;
};

std::vector<Piece> templatePieces(const std::string& message) {
  std::vector<Piece> pieces{{false, ""}};
  for (std::size_t i = 0; i < message.size(); ++i) {
    if (message[i] == '{') {
      const auto close = message.find('}', i);
      const auto inside = message.substr(i + 1, close == std::string::npos ? 0 : close - i - 1);
      if (!inside.empty() &&
          inside.find_first_not_of("abcdefghijklmnopqrstuvwxyz ") == std::string::npos) {
        pieces.push_back({true, ""});
        pieces.push_back({false, ""});
        i = close;
        continue;
      }
    }
    pieces.back().text += message[i];
  }
  return pieces;
}

/// Whether `text` from `at` matches `pieces` from `piece` (backtracking over
/// where each placeholder ends; messages are short).
bool matchesFrom(const std::vector<Piece>& pieces, std::size_t piece, std::string_view text,
                 std::size_t at) {
  if (piece == pieces.size()) {
    return at == text.size();
  }
  const auto& current = pieces[piece];
  if (!current.placeholder) {
    return text.substr(at, current.text.size()) == current.text &&
           matchesFrom(pieces, piece + 1, text, at + current.text.size());
  }
  for (auto end = at + 1; end <= text.size(); ++end) {
    if (matchesFrom(pieces, piece + 1, text, end)) {
      return true;
    }
  }
  return false;
}

bool matchesTemplate(const std::string& message, const std::string& documented) {
  return matchesFrom(templatePieces(documented), 0, message, 0);
}

std::vector<oxt::checks::Diagnostic> check(const Example& example) {
  const oxt::syntax::SyntaxTree tree(example.text);
  oxt::checks::CheckContext context;
  context.filePath = oxt::test::sourceDir() / "tests/fixtures/docs" / example.fileName;
  return oxt::checks::checkDocument(tree, context);
}

std::string lowercase(std::string text) {
  for (auto& c : text) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return text;
}

} // namespace

TEST_CASE("every check of the registry is documented, in code order, with its severity") {
  const auto documented = sections(oxt::test::readSourceFile("docs/diagnostics.md"));
  const auto registry = oxt::checks::checkRegistry();
  REQUIRE(documented.size() == registry.size());
  for (std::size_t i = 0; i < registry.size(); ++i) {
    INFO(registry[i].code);
    CHECK(documented[i].code == registry[i].code);
    CHECK(lowercase(documented[i].severity) ==
          std::string(oxt::checks::severityName(registry[i].severity)));
    CHECK(registry[i].code ==
          "OXT" + std::string(4 - std::to_string(i + 1).size(), '0') + std::to_string(i + 1));
  }
}

TEST_CASE("each documented example is reported with its code and message; each near miss is "
          "clean") {
  for (const auto& section : sections(oxt::test::readSourceFile("docs/diagnostics.md"))) {
    INFO(section.code);
    REQUIRE(section.examples.size() == 2);
    REQUIRE_FALSE(section.messages.empty());

    const auto& reported = section.examples[0];
    INFO("docs/diagnostics.md:" << reported.line << "\n" << reported.text);
    const auto diagnostics = check(reported);
    CHECK_FALSE(diagnostics.empty());
    for (const auto& diagnostic : diagnostics) {
      INFO(diagnostic.code << ": " << diagnostic.message);
      CHECK(diagnostic.code == section.code);
      bool matches = false;
      for (const auto& documented : section.messages) {
        matches = matches || matchesTemplate(diagnostic.message, documented);
      }
      CHECK(matches);
    }

    const auto& nearMiss = section.examples[1];
    INFO("near miss, docs/diagnostics.md:" << nearMiss.line << "\n" << nearMiss.text);
    for (const auto& diagnostic : check(nearMiss)) {
      UNSCOPED_INFO(diagnostic.code << ": " << diagnostic.message);
    }
    CHECK(check(nearMiss).empty());
  }
}

TEST_CASE("documented messages match only the messages they describe") {
  CHECK(matchesTemplate("unknown type 'integer'; did you mean 'Integer'?",
                        "unknown type '{name}'; did you mean '{suggestion}'?"));
  CHECK_FALSE(matchesTemplate("unknown type 'integer'", "unknown type '{name}'; did you mean "
                                                        "'{suggestion}'?"));
  CHECK_FALSE(matchesTemplate("unknown type ''", "unknown type '{name}'"));
  CHECK(matchesTemplate("write \\u{…} here", "write \\u{…} here"));
}
