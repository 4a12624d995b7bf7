// The params and results of textDocument/completion and textDocument/hover.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "protocol/basic_types.h"
#include "protocol/edit_types.h" // TextEdit

namespace oxt::protocol {

enum class CompletionItemKind : int32_t {
  Property = 10,
  Keyword = 14,
  File = 17,
  Folder = 19,
  EnumMember = 20,
  Struct = 22,
  Class = 7,
  TypeParameter = 25,
};

enum class InsertTextFormat : int32_t { PlainText = 1, Snippet = 2 };

/// MarkupContent, or a plain string when `markdown` is false and the client takes
/// only strings (we always send MarkupContent: every 3.x client reads it).
struct MarkupContent {
  bool markdown = false; // kind: "markdown" or "plaintext"
  std::string value;
};

struct CompletionItem {
  std::string label;
  CompletionItemKind kind = CompletionItemKind::Keyword;
  std::string detail;
  std::optional<MarkupContent> documentation;
  InsertTextFormat insertTextFormat = InsertTextFormat::PlainText;
  TextEdit textEdit;
  std::string sortText;
};

struct CompletionList {
  bool isIncomplete = false;
  std::vector<CompletionItem> items;
};

struct Hover {
  MarkupContent contents;
  Range range;
};

[[nodiscard]] Json toJson(const MarkupContent& value);
[[nodiscard]] Json toJson(const CompletionItem& value);
[[nodiscard]] Json toJson(const CompletionList& value);
[[nodiscard]] Json toJson(const Hover& value);

} // namespace oxt::protocol
