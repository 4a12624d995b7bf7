// Completion: what may be typed at the cursor of a (possibly half-typed) `.oxt` file.
//
// Declaration keywords at member positions, `input`/`output` in actions, types after
// `:` (basic types, the file's structures and entities, List<…>, Record<…>,
// Identifier<…> of entities that have an identifier), annotations valid for the
// declaration that follows `@` and their enumeration values, resource paths from the
// file system inside `resource "…"`, and `true`/`false` after `= ` of a Boolean.
// Snippets only when the client takes them; every item carries its documentation
// (the OutSystems type, its C# type and default value), unless the client asks for it
// item by item (CompletionOptions::documentation). docs/features/completion.md.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "model/analysis.h"
#include "support/limits.h"
#include "syntax/syntax_tree.h"

namespace oxt::features {

enum class CompletionItemKind {
  Keyword,    // action, input, …
  Type,       // a basic type, List<…>, Record<…>, Identifier<…>
  Structure,  // a structure as a type
  Entity,     // an entity as a type
  Annotation, // after `@`
  Value,      // an enumeration value, true/false
  File,       // a resource path
  Folder,
};

struct CompletionItem {
  std::string label;
  CompletionItemKind kind = CompletionItemKind::Keyword;
  std::string detail;        // one line: "Long Integer (C# long)"
  std::string documentation; // Markdown: a few paragraphs, code in backquotes
  std::string insertText;    // replaces `replace`
  bool snippet = false;      // insertText uses ${1:…} placeholders
  syntax::ByteRange replace; // the word being typed; on one line, contains the cursor
  std::string sortText;      // the order to show items in, when not by label
};

struct CompletionOptions {
  /// The client expands snippets (textDocument.completion.completionItem.snippetSupport).
  bool snippets = false;
  /// The folder of the `.oxt` file, for resource paths; empty: none offered.
  std::filesystem::path folder;
  /// At most this many files and folders from one folder.
  std::size_t maxPaths = limits::kMaxResourcePaths;
  /// Which items carry their documentation: every one (the default); none, when the
  /// client asks for it item by item (completionItem/resolve); or only the item labelled
  /// `documentedLabel`, to answer that request. Writing the documentation of thousands
  /// of structures costs more than finding them.
  enum class Documentation { Every, None, OneLabel };
  Documentation documentation = Documentation::Every;
  std::string documentedLabel;
  /// Read the cursor's context from the whole text instead of the members around it:
  /// the reference that tests compare the shortcut with.
  bool wholeText = false;
};

struct CompletionResult {
  std::vector<CompletionItem> items;
  /// More paths exist than were offered (the folder holds more than maxPaths).
  bool incomplete = false;
};

[[nodiscard]] CompletionResult complete(const syntax::SyntaxTree& tree,
                                        const model::Analysis& analysis, uint32_t offset,
                                        const CompletionOptions& options);

} // namespace oxt::features
