// The params and results of navigation and rename: definition, references,
// documentHighlight, prepareRename, rename, codeLens, documentLink.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "protocol/basic_types.h"
#include "protocol/edit_types.h" // TextEdit, WorkspaceEdit

namespace oxt::protocol {

/// The params of definition, documentHighlight and prepareRename.
struct ReferenceParams {
  TextDocumentIdentifier textDocument;
  Position position;
  bool includeDeclaration = false; // context.includeDeclaration
};

struct RenameParams {
  TextDocumentIdentifier textDocument;
  Position position;
  std::string newName;
};

/// The params of codeLens and documentLink.
struct DocumentParams {
  TextDocumentIdentifier textDocument;
};

enum class DocumentHighlightKind : int32_t { Text = 1, Read = 2, Write = 3 };

struct DocumentHighlight {
  Range range;
  DocumentHighlightKind kind = DocumentHighlightKind::Text;
};

struct PrepareRenameResult {
  Range range;
  std::string placeholder;
};

/// A code lens with a title and no action: `command` is "" (docs/features/navigation.md).
struct CodeLens {
  Range range;
  std::string title;
  std::optional<Command> command; // none: a label (see toJson)
};

struct DocumentLink {
  Range range;
  DocumentUri target;
  std::string tooltip;
};

bool fromJson(const Json& value, ReferenceParams& out, const JsonPath& path);
bool fromJson(const Json& value, RenameParams& out, const JsonPath& path);
bool fromJson(const Json& value, DocumentParams& out, const JsonPath& path);

[[nodiscard]] Json toJson(const DocumentHighlight& value);
[[nodiscard]] Json toJson(const PrepareRenameResult& value);
[[nodiscard]] Json toJson(const CodeLens& value);
/// The same text as serialize(toJson(lenses)), written directly: a lens per structure
/// and per action, tens of thousands on a large file, asked for after edits.
[[nodiscard]] std::string toJsonText(const std::vector<CodeLens>& lenses);
[[nodiscard]] Json toJson(const DocumentLink& value);

} // namespace oxt::protocol
