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
std::vector<ByteRange> definitionRanges(syntax::SyntaxNode root, std::optional<ByteRange> range) {
  std::vector<ByteRange> ranges;
  const auto* query = localsQuery();
  if (query == nullptr) {
    return ranges;
  }
  const auto& names = query->captureNames();
  for (const auto& capture : query->captures(root, range)) {
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
  const auto outerFirst = [](const Painted& a, const Painted& b) {
    return a.range.start != b.range.start ? a.range.start < b.range.start
                                          : a.range.end > b.range.end;
  };
  if (!std::is_sorted(painted.begin(), painted.end(), outerFirst)) {
    std::stable_sort(painted.begin(), painted.end(), outerFirst);
  }
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

/// The style of each capture of highlights.scm, by capture index: looked up once per
/// process, since the cache runs the query once per changed member.
const std::vector<const CaptureStyle*>& stylesByCaptureIndex() {
  static const std::vector<const CaptureStyle*> byIndex = [] {
    std::vector<const CaptureStyle*> out;
    if (const auto* query = highlightsQuery(); query != nullptr) {
      for (const auto& name : query->captureNames()) {
        out.push_back(findCaptureStyle(name));
      }
    }
    return out;
  }();
  return byIndex;
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

void appendSemanticTokens(const syntax::SyntaxTree& tree, syntax::SyntaxNode root,
                          std::optional<ByteRange> range, std::vector<SemanticToken>& out) {
  const auto* query = highlightsQuery();
  if (query == nullptr || !root) {
    return;
  }
  const auto& byIndex = stylesByCaptureIndex();
  const auto definitions = definitionRanges(root, range);
  const auto isDefinition = [&definitions](ByteRange name) {
    const auto it = std::lower_bound(definitions.begin(), definitions.end(), name,
                                     [](ByteRange a, ByteRange b) { return a.start < b.start; });
    return it != definitions.end() && *it == name;
  };
  std::vector<Painted> painted;
  for (const auto& capture : query->captures(root, range)) {
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
  const auto before = out.size();
  for (const auto& token : flatten(std::move(painted))) {
    splitByLine(tree, token, out);
  }
  if (range) {
    out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                             [&](const SemanticToken& token) {
                               return token.range.end <= range->start ||
                                      token.range.start >= range->end;
                             }),
              out.end());
  }
}

std::vector<SemanticToken> semanticTokens(const syntax::SyntaxTree& tree,
                                          std::optional<ByteRange> range) {
  std::vector<SemanticToken> out;
  if (tree.segmentCount() == 1) {
    appendSemanticTokens(tree, tree.root(), range, out);
    return out;
  }
  for (const auto& segment : tree.segments()) {
    // Each segment's own part: a later one's tree repeats the extension's header.
    const auto from = range ? std::max(range->start, segment.owned.start) : segment.owned.start;
    const auto to = range ? std::min(range->end, segment.owned.end) : segment.owned.end;
    if (from < to) {
      appendSemanticTokens(tree, segment.root, ByteRange{from, to}, out);
    }
  }
  return out;
}

std::vector<uint32_t> encodeSemanticTokens(const std::vector<SemanticToken>& tokens,
                                           const syntax::SyntaxTree& tree,
                                           syntax::PositionEncoding encoding) {
  std::vector<uint32_t> data;
  data.reserve(tokens.size() * 5);
  const std::string_view text = tree.text();
  const auto& lines = tree.lines();
  // Tokens come in document order without overlaps, so each position continues from
  // the previous token's: the line moves forward, and the character count goes on
  // from where the previous token on the same line ended. Looking each position up
  // from scratch (a binary search, then a walk from the line's start) was a tenth of
  // the request on large files.
  uint32_t line = 0;
  uint32_t walked = 0; // the offset up to which `units` counts the line
  uint32_t units = 0;  // characters of the line before `walked`
  uint32_t nextLine = lines.lineCount() > 1 ? lines.lineStart(1) : UINT32_MAX;
  uint32_t previousLine = 0;
  uint32_t previousStart = 0;
  for (const auto& token : tokens) {
    const auto start = std::min(token.range.start, static_cast<uint32_t>(text.size()));
    const auto end = std::clamp(token.range.end, start, static_cast<uint32_t>(text.size()));
    if (start >= nextLine || start < walked) {
      line = lines.lineOfOffset(start, line);
      walked = lines.lineStart(line);
      units = 0;
      nextLine = line + 1 < lines.lineCount() ? lines.lineStart(line + 1) : UINT32_MAX;
    }
    units += syntax::encodedLength(text.substr(walked, start - walked), encoding);
    const auto character = units;
    const auto length = syntax::encodedLength(text.substr(start, end - start), encoding);
    units += length;
    walked = end;
    const auto deltaLine = line - previousLine;
    const auto deltaStart = deltaLine == 0 ? character - previousStart : character;
    data.insert(data.end(), {deltaLine, deltaStart, length, static_cast<uint32_t>(token.style.type),
                             token.style.modifiers});
    previousLine = line;
    previousStart = character;
  }
  return data;
}

} // namespace oxt::features
