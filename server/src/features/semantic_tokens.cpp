#include "features/semantic_tokens.h"

#include <algorithm>
#include <string>

#include "features/embedded_queries.h"

namespace oxt::features {

namespace {

using syntax::ByteRange;
namespace modifier = token_modifier;

/// A capture's token before overlaps are resolved.
struct Painted {
  ByteRange range;
  TokenStyle style;
};

/// The ranges of every name where it is defined, as locals.scm says
/// (`@local.definition.*`: extension, action, structure, entity, parameter and attribute
/// names), sorted. A query rather than a look at each name's parent: finding a node's
/// parent in tree-sitter walks down from the root, which is slow in a wide extension.
std::vector<ByteRange> definitionRanges(const syntax::SyntaxTree& tree,
                                        std::optional<ByteRange> range) {
  std::vector<ByteRange> ranges;
  const auto* query = localsQuery();
  if (query == nullptr) {
    return ranges;
  }
  const auto& names = query->captureNames();
  for (const auto& capture : query->captures(tree.root(), range)) {
    if (capture.index < names.size() && names[capture.index].starts_with("local.definition")) {
      ranges.push_back(capture.node.byteRange());
    }
  }
  std::sort(ranges.begin(), ranges.end(),
            [](ByteRange a, ByteRange b) { return a.start < b.start; });
  return ranges;
}

/// Resolves nesting (the query captures `(string)` and the escape sequences inside it):
/// the innermost token wins and its container is painted around it.
std::vector<Painted> flatten(std::vector<Painted> painted) {
  std::stable_sort(painted.begin(), painted.end(), [](const Painted& a, const Painted& b) {
    return a.range.start != b.range.start ? a.range.start < b.range.start
                                          : a.range.end > b.range.end;
  });
  std::vector<Painted> out;
  std::vector<Painted> open; // containers, outermost first
  uint32_t cursor = 0;
  const auto paintUpTo = [&](uint32_t position) {
    if (!open.empty() && position > cursor) {
      out.push_back(Painted{ByteRange{cursor, position}, open.back().style});
    }
    cursor = std::max(cursor, position);
  };
  for (auto token : painted) {
    while (!open.empty() && open.back().range.end <= token.range.start) {
      paintUpTo(open.back().range.end);
      open.pop_back();
    }
    paintUpTo(token.range.start);
    cursor = std::max(cursor, token.range.start);
    if (!open.empty()) {
      token.range.end = std::min(token.range.end, open.back().range.end); // never overlap
    }
    if (token.range.end <= cursor) {
      continue; // the same text captured twice: the first capture wins
    }
    open.push_back(token);
  }
  while (!open.empty()) {
    paintUpTo(open.back().range.end);
    open.pop_back();
  }
  return out;
}

/// Cuts a token at line ends (block comments): clients need not support multi-line
/// tokens. The line break and the indentation of the next line belong to no token.
void splitByLine(const syntax::SyntaxTree& tree, const Painted& token,
                 std::vector<SemanticToken>& out) {
  const auto& text = tree.text();
  uint32_t start = token.range.start;
  while (start < token.range.end) {
    auto end = start;
    while (end < token.range.end && text[end] != '\n') {
      ++end;
    }
    if (start > token.range.start) {
      // A continuation line starts at its text, not at its indentation.
      while (start < end && (text[start] == ' ' || text[start] == '\t')) {
        ++start;
      }
    }
    auto contentEnd = end;
    if (contentEnd > start && text[contentEnd - 1] == '\r') {
      --contentEnd;
    }
    if (contentEnd > start) {
      out.push_back(SemanticToken{ByteRange{start, contentEnd}, token.style});
    }
    start = end + 1;
  }
}

} // namespace

const std::vector<std::string_view>& tokenTypeNames() {
  static const std::vector<std::string_view> names{
      "namespace", "type",   "function", "parameter", "property", "decorator", "enumMember",
      "string",    "regexp", "number",   "keyword",   "comment",  "operator"};
  return names;
}

const std::vector<std::string_view>& tokenModifierNames() {
  static const std::vector<std::string_view> names{"declaration", "defaultLibrary",
                                                   "documentation"};
  return names;
}

const std::vector<CaptureStyle>& captureStyles() {
  static const std::vector<CaptureStyle> styles{
      {"keyword", TokenStyle{TokenType::Keyword, 0}},
      {"type", TokenStyle{TokenType::Type, 0}},
      {"type.builtin", TokenStyle{TokenType::Type, modifier::kDefaultLibrary}},
      {"module", TokenStyle{TokenType::Namespace, 0}},
      {"function", TokenStyle{TokenType::Function, 0}},
      {"variable.parameter", TokenStyle{TokenType::Parameter, 0}},
      {"property", TokenStyle{TokenType::Property, 0}},
      {"attribute", TokenStyle{TokenType::Decorator, 0}},
      {"constant", TokenStyle{TokenType::EnumMember, 0}},
      {"string", TokenStyle{TokenType::String, 0}},
      // No standard type for escapes; VS Code's themes colour regexp apart from
      // strings, which is what an escape needs.
      {"string.escape", TokenStyle{TokenType::Regexp, 0}},
      // Date and time literals (#2024-01-31#) read as literals, like strings.
      {"string.special", TokenStyle{TokenType::String, 0}},
      {"number", TokenStyle{TokenType::Number, 0}},
      // true / false are keywords in C#, and coloured so.
      {"boolean", TokenStyle{TokenType::Keyword, 0}},
      {"comment", TokenStyle{TokenType::Comment, 0}},
      {"comment.documentation", TokenStyle{TokenType::Comment, modifier::kDocumentation}},
      {"operator", TokenStyle{TokenType::Operator, 0}},
      {"punctuation.bracket", std::nullopt},
      {"punctuation.delimiter", std::nullopt},
  };
  return styles;
}

const CaptureStyle* findCaptureStyle(std::string_view capture) {
  const auto& styles = captureStyles();
  const auto it = std::find_if(styles.begin(), styles.end(),
                               [&](const CaptureStyle& row) { return row.capture == capture; });
  return it == styles.end() ? nullptr : &*it;
}

std::vector<SemanticToken> semanticTokens(const syntax::SyntaxTree& tree,
                                          std::optional<ByteRange> range) {
  std::vector<SemanticToken> out;
  const auto* query = highlightsQuery();
  if (query == nullptr) {
    return out;
  }
  // The capture's style by capture index, looked up once per call.
  const auto& names = query->captureNames();
  std::vector<const CaptureStyle*> byIndex;
  byIndex.reserve(names.size());
  for (const auto& name : names) {
    byIndex.push_back(findCaptureStyle(name));
  }
  const auto definitions = definitionRanges(tree, range);
  const auto isDefinition = [&definitions](ByteRange name) {
    const auto it = std::lower_bound(definitions.begin(), definitions.end(), name,
                                     [](ByteRange a, ByteRange b) { return a.start < b.start; });
    return it != definitions.end() && *it == name;
  };
  std::vector<Painted> painted;
  for (const auto& capture : query->captures(tree.root(), range)) {
    const auto* row = capture.index < byIndex.size() ? byIndex[capture.index] : nullptr;
    const auto nodeRange = capture.node.byteRange();
    if (row == nullptr || !row->style || nodeRange.end <= nodeRange.start ||
        capture.node.isMissing()) {
      continue;
    }
    auto style = *row->style;
    if (isDefinition(nodeRange)) {
      style.modifiers |= modifier::kDeclaration;
    }
    painted.push_back(Painted{nodeRange, style});
  }
  for (const auto& token : flatten(std::move(painted))) {
    splitByLine(tree, token, out);
  }
  if (range) {
    std::erase_if(out, [&](const SemanticToken& token) {
      return token.range.end <= range->start || token.range.start >= range->end;
    });
  }
  return out;
}

} // namespace oxt::features
