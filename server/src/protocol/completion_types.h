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
  /// The list's itemDefaults.editRange is textEdit's range: the item carries only the
  /// new text (textEditText), and not even that when it is the label.
  bool defaultEditRange = false;
  std::string sortText;
  /// What completionItem/resolve gets back to find the item's request, when the list's
  /// itemDefaults do not carry it.
  std::optional<int64_t> data;
};

/// CompletionList.itemDefaults (LSP 3.17): what every item of the list shares, sent
/// once instead of with each item. Only what the client said it reads
/// (textDocument.completion.completionList.itemDefaults).
struct CompletionItemDefaults {
  std::optional<Range> editRange;
  std::optional<int64_t> data;
};

struct CompletionList {
  bool isIncomplete = false;
  std::optional<CompletionItemDefaults> itemDefaults;
  std::vector<CompletionItem> items;
};

/// The params of completionItem/resolve: an item of a list we sent, as the client
/// holds it. The reply is that item with its documentation, so the whole of it is kept.
struct CompletionItemToResolve {
  Json item;
  std::string label;
  std::optional<int64_t> data;
};

struct Hover {
  MarkupContent contents;
  Range range;
};

[[nodiscard]] Json toJson(const MarkupContent& value);
[[nodiscard]] Json toJson(const CompletionItem& value);
[[nodiscard]] Json toJson(const CompletionList& value);
/// The text serialize(toJson(value)) gives, written directly (json_text.h).
[[nodiscard]] std::string toJsonText(const CompletionList& value);
bool fromJson(const Json& value, CompletionItemToResolve& out, const JsonPath& path);
[[nodiscard]] Json toJson(const Hover& value);

} // namespace oxt::protocol
