// The core's diagnostics (byte ranges) as LSP diagnostics (positions in the
// negotiated encoding), with codes linked to their documentation.
//
// Why only through LineIndex: the same offset must give the same position here as in
// every other feature, whatever non-ASCII text the line holds.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "checks/diagnostic.h"
#include "protocol/diagnostic_types.h"
#include "syntax/line_index.h"
#include "syntax/syntax_tree.h"
#include "workspace/cross_file_checks.h"

namespace oxt::lsp {

/// What the client accepts, and how links and other files' URIs are made.
struct DiagnosticStyle {
  syntax::PositionEncoding encoding = syntax::PositionEncoding::Utf16;
  std::string documentationUrl; // "" for no codeDescription
  bool codeDescription = true;
  bool relatedInformation = true;
  bool unnecessaryTag = true;
};

[[nodiscard]] protocol::Range toRange(const syntax::SyntaxTree& tree, syntax::ByteRange range,
                                      syntax::PositionEncoding encoding);

/// `uri` is the document's URI, used for related information in the same file.
[[nodiscard]] protocol::Diagnostic toProtocol(const checks::Diagnostic& diagnostic,
                                              const syntax::SyntaxTree& tree,
                                              const std::string& uri, const DiagnosticStyle& style);

/// The same for a text that needs no tree, only its lines (a `<Ext>.cs` file, whose
/// tree-sitter parse took a quarter of a second at 5,000 actions on every keystroke).
[[nodiscard]] protocol::Diagnostic toProtocol(const checks::Diagnostic& diagnostic,
                                              const syntax::LineIndex& lines, std::string_view text,
                                              const std::string& uri, const DiagnosticStyle& style);

/// A cross-file diagnostic; `uriOf` gives the URI of another file's path.
[[nodiscard]] protocol::Diagnostic
toProtocol(const workspace::CrossFileDiagnostic& diagnostic, const syntax::SyntaxTree& tree,
           const std::string& uri, const DiagnosticStyle& style,
           const std::function<std::string(const std::filesystem::path&)>& uriOf);

/// The documentation link of `code`: the URL with the code's anchor ("#oxt0001").
[[nodiscard]] std::string documentationLink(const std::string& url, const std::string& code);

} // namespace oxt::lsp
