// The params and results of navigation and rename: definition, references,
// documentHighlight, prepareRename, rename, codeLens, documentLink.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "protocol/basic_types.h"

namespace oxt::protocol {

/// The params of definition, documentHighlight and prepareRename.
struct TextDocumentPositionParams {
  TextDocumentIdentifier textDocument;
  Position position;
};

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

struct TextEdit {
  Range range;
  std::string newText;
};

/// A WorkspaceEdit in its `changes` form (uri → edits): the one every client
/// applies (docs/features/navigation.md).
struct WorkspaceEdit {
  std::map<DocumentUri, std::vector<TextEdit>> changes;
};

/// A code lens with a title and no action: `command` is "" (docs/features/navigation.md).
struct CodeLens {
  Range range;
  std::string title;
};

struct DocumentLink {
  Range range;
  DocumentUri target;
  std::string tooltip;
};

bool fromJson(const Json& value, TextDocumentPositionParams& out, const JsonPath& path);
bool fromJson(const Json& value, ReferenceParams& out, const JsonPath& path);
bool fromJson(const Json& value, RenameParams& out, const JsonPath& path);
bool fromJson(const Json& value, DocumentParams& out, const JsonPath& path);

[[nodiscard]] Json toJson(const DocumentHighlight& value);
[[nodiscard]] Json toJson(const PrepareRenameResult& value);
[[nodiscard]] Json toJson(const TextEdit& value);
[[nodiscard]] Json toJson(const WorkspaceEdit& value);
[[nodiscard]] Json toJson(const CodeLens& value);
[[nodiscard]] Json toJson(const DocumentLink& value);

} // namespace oxt::protocol
