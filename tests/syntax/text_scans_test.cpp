// The scans that read a whole text before it is parsed (the nesting limit, the cuts
// between segments, comments open at a cut) skip runs of bytes that cannot change
// what they find. They must find what a reading of every byte, one at a time, finds:
// the references below are that reading, written for clarity, and random texts made
// of the bytes and words that matter are read both ways.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "../support/segmented_shape.h"
#include "syntax/segment_plan.h"
#include "syntax/syntax_tree.h"
#include "syntax/text_limits.h"

namespace {

using oxt::syntax::ByteRange;
using oxt::syntax::Language;

/// Past a string (`"`) or date (`#`) literal opening at `at`: at its closing quote or at
/// the end of its line. Backslashes escape in strings only.
std::size_t pastLiteral(std::string_view text, std::size_t at, bool* closed) {
  const char quote = text[at];
  for (++at; at < text.size() && text[at] != '\n'; ++at) {
    if (text[at] == quote) {
      *closed = true;
      return at + 1;
    }
    if (quote == '"' && text[at] == '\\' && at + 1 < text.size() && text[at + 1] != '\n') {
      ++at;
    }
  }
  *closed = false;
  return at;
}

/// Past a comment opening at `at`: at the newline that ends a line comment, after the
/// `*/` of a block comment, npos for a block comment never closed; nullopt when no
/// comment opens there.
std::optional<std::size_t> pastComment(std::string_view text, std::size_t at) {
  const auto rest = text.substr(at);
  if (rest.starts_with("//")) {
    const auto newline = text.find('\n', at);
    return newline == std::string_view::npos ? text.size() : newline;
  }
  if (rest.starts_with("/*")) {
    const auto close = text.find("*/", at + 2);
    return close == std::string_view::npos ? std::string_view::npos : close + 2;
  }
  return std::nullopt;
}

std::size_t referenceDepth(std::string_view text, bool csharp) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (const auto past = pastComment(text, i)) {
      i = std::min(*past, text.size());
    } else if (text[i] == '"' || (csharp && text[i] == '\'')) {
      const char quote = text[i];
      for (++i; i < text.size() && text[i] != quote && text[i] != '\n'; ++i) {
        if (text[i] == '\\') {
          ++i;
        }
      }
      ++i;
    } else {
      const std::string_view opens = csharp ? "{([" : "{([<";
      const std::string_view closes = csharp ? "})]" : "})]>";
      if (opens.find(text[i]) != std::string_view::npos) {
        deepest = std::max(deepest, ++depth);
      } else if (closes.find(text[i]) != std::string_view::npos && depth > 0) {
        --depth;
      }
      ++i;
    }
  }
  return deepest;
}

bool beginsMember(std::string_view line) {
  if (line.starts_with("///")) {
    return !line.starts_with("////");
  }
  if (line.starts_with("@")) {
    return true;
  }
  for (const std::string_view keyword : {"action", "structure", "entity", "resource"}) {
    if (line.starts_with(keyword)) {
      const auto after = line.substr(keyword.size());
      const auto next = after.empty() ? ' ' : static_cast<unsigned char>(after.front());
      if (!(std::isalnum(next) != 0 || next == '_' || next >= 0x80)) {
        return true;
      }
    }
  }
  return false;
}

/// Line starts at depth 1 that begin a member right after a closed one (the last token
/// before them a `}` or a closed string), at most one per closed member.
std::vector<uint32_t> referenceCuts(std::string_view text) {
  std::vector<uint32_t> cuts;
  int depth = 1;
  char last = '{';
  bool taken = false;
  std::size_t at = 0;
  while (at < text.size() && depth > 0) {
    if (at == 0 || text[at - 1] == '\n') {
      const auto indent = text.find_first_not_of(" \t", at);
      const auto line = indent == std::string_view::npos ? "" : text.substr(indent);
      if (depth == 1 && !taken && (last == '}' || last == '"') && beginsMember(line)) {
        cuts.push_back(static_cast<uint32_t>(at));
        taken = true;
      }
    }
    const char c = text[at];
    if (std::string_view(" \t\r\n\f").find(c) != std::string_view::npos) {
      ++at;
    } else if (const auto past = pastComment(text, at)) {
      if (*past == std::string_view::npos) {
        break; // no cut after a comment never closed
      }
      at = *past; // a line that starts inside a block comment is no place for a cut
    } else if (c == '"' || c == '#') {
      bool closed = false;
      at = pastLiteral(text, at, &closed);
      last = closed ? c : 'x';
      taken = false;
    } else {
      depth += c == '{' ? 1 : (c == '}' ? -1 : 0);
      last = c;
      taken = false;
      ++at;
    }
  }
  return cuts;
}

bool referenceEndsInsideComment(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    if (text[at] == '"' || text[at] == '#') {
      bool closed = false;
      at = pastLiteral(text, at, &closed);
    } else if (const auto past = pastComment(text, at)) {
      if (*past == std::string_view::npos) {
        return true;
      }
      at = *past;
    } else {
      ++at;
    }
  }
  return false;
}

/// A text of the pieces the scans react to, and plain words between them.
std::string randomText(std::mt19937& random, std::size_t pieces) {
  static const std::vector<std::string> kPieces{
      "{",      "}",         "(",        ")",       "[",    "]",   "<",      ">",        "\"",
      "'",      "/",         "*",        "\\",      "\n",   "\n",  "\n    ", " ",        "\t",
      "#",      "@",         "///",      "////",    "//",   "/*",  "*/",     "\r\n",     "action",
      "entity", "structure", "resource", "actions", "Name", "x_1", ": ",     "\xC3\xA9", "\f"};
  std::uniform_int_distribution<std::size_t> pick(0, kPieces.size() - 1);
  std::string text;
  for (std::size_t i = 0; i < pieces; ++i) {
    text += kPieces[pick(random)];
  }
  return text;
}

} // namespace

TEST_CASE("the nesting depth read fast is the depth read byte by byte") {
  std::mt19937 random(20261129);
  for (std::size_t round = 0; round < 3000; ++round) {
    const auto text = randomText(random, 1 + round % 80);
    INFO(text);
    REQUIRE(oxt::syntax::bracketDepth(text, Language::Oxt) == referenceDepth(text, false));
    REQUIRE(oxt::syntax::bracketDepth(text, Language::CSharp) == referenceDepth(text, true));
  }
  CHECK(oxt::syntax::bracketDepth("a { b < c > [ ( ) ] } \"{{{\" // {{{\n /* {{{ */",
                                  Language::Oxt) == 3);
}

TEST_CASE("the cuts found fast are the cuts found byte by byte") {
  std::mt19937 random(29112026);
  for (std::size_t round = 0; round < 3000; ++round) {
    const auto text = randomText(random, 1 + round % 120);
    INFO(text);
    REQUIRE(oxt::syntax::cutCandidates(text, 0, static_cast<uint32_t>(text.size())) ==
            referenceCuts(text));
    REQUIRE(
        oxt::syntax::endsInsideComment(text, ByteRange{0, static_cast<uint32_t>(text.size())}) ==
        referenceEndsInsideComment(text));
  }
  // And on a generated extension's body, where runs of names and spaces are long.
  const auto text = oxt::test::generatedExtension(60);
  const auto body = text.find('{') + 1;
  CHECK(oxt::syntax::cutCandidates(text, static_cast<uint32_t>(body),
                                   static_cast<uint32_t>(text.size())) == [&] {
    auto cuts = referenceCuts(text.substr(body));
    for (auto& cut : cuts) {
      cut += static_cast<uint32_t>(body);
    }
    return cuts;
  }());
}
