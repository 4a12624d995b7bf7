#include "checks/fixes.h"

#include <utility>

namespace oxt::checks {

namespace {

constexpr std::string_view kIndentStep = "    "; // the canonical layout (docs/formatting.md)

bool isBlank(char c) { return c == ' ' || c == '\t'; }

uint32_t lineStart(std::string_view text, uint32_t offset) {
  while (offset > 0 && text[offset - 1] != '\n') {
    --offset;
  }
  return offset;
}

} // namespace

Fix replaceFix(std::string title, syntax::ByteRange range, std::string text, bool preferred) {
  Fix fix;
  fix.title = std::move(title);
  fix.edits.push_back(syntax::TextEdit{range, std::move(text)});
  fix.preferred = preferred;
  return fix;
}

syntax::ByteRange removalRange(std::string_view text, syntax::ByteRange range) {
  const auto size = static_cast<uint32_t>(text.size());
  uint32_t before = range.start;
  while (before > 0 && isBlank(text[before - 1])) {
    --before;
  }
  uint32_t after = range.end;
  while (after < size && isBlank(text[after])) {
    ++after;
  }
  const bool aloneBefore = before == 0 || text[before - 1] == '\n';
  const bool aloneAfter = after == size || text[after] == '\n' || text[after] == '\r';
  if (aloneBefore && aloneAfter) {
    // The whole line, with its line end.
    if (after < size && text[after] == '\r') {
      ++after;
    }
    if (after < size && text[after] == '\n') {
      ++after;
    }
    return {before, after};
  }
  if (aloneAfter) {
    return {before, range.end}; // `x @a` → `x`
  }
  return {range.start, after}; // `@a x` → `x`
}

std::string indentOf(std::string_view text, uint32_t offset) {
  const auto start = lineStart(text, offset);
  auto end = start;
  while (end < text.size() && isBlank(text[end])) {
    ++end;
  }
  return std::string(text.substr(start, end - start));
}

bool endsWithClosingBrace(std::string_view text, syntax::ByteRange declaration) {
  return declaration.end != 0 && declaration.end <= text.size() && text[declaration.end - 1] == '}';
}

bool extensionBodyClosed(std::string_view text, const model::Extension& extension) {
  const auto endsWithIt = [&](const auto& members) {
    return !members.empty() && members[members.size() - 1].range.end == extension.range.end;
  };
  return endsWithClosingBrace(text, extension.range) && !endsWithIt(extension.actions) &&
         !endsWithIt(extension.structures) && !endsWithIt(extension.entities) &&
         !endsWithIt(extension.resources);
}

std::optional<syntax::TextEdit> appendMember(std::string_view text, syntax::ByteRange declaration,
                                             std::string_view member) {
  if (!endsWithClosingBrace(text, declaration)) {
    return std::nullopt;
  }
  const uint32_t brace = declaration.end - 1;
  const auto outer = indentOf(text, declaration.start);
  const auto inner = outer + std::string(kIndentStep);
  const auto braceLine = lineStart(text, brace);
  bool braceAlone = true;
  for (auto i = braceLine; i < brace; ++i) {
    braceAlone = braceAlone && isBlank(text[i]);
  }
  const std::string newline =
      text.find("\r\n") != std::string_view::npos ? std::string("\r\n") : std::string("\n");
  if (braceAlone) {
    // `…\n    }` → `…\n        member\n    }`
    return syntax::TextEdit{{braceLine, braceLine}, inner + std::string(member) + newline};
  }
  // `action A {}` → `action A {\n    member\n}`
  uint32_t start = brace;
  while (start > declaration.start && isBlank(text[start - 1])) {
    --start;
  }
  return syntax::TextEdit{{start, brace}, newline + inner + std::string(member) + newline + outer};
}

} // namespace oxt::checks
