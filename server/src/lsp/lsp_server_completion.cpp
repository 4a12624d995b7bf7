// LspServer: textDocument/completion and textDocument/hover.
//
// Both run on the loop: they read the open document's cached analysis and answer in
// well under a millisecond on ordinary files, less than a round trip to the worker.
#include <string>

#include "features/completion.h"
#include "features/hover.h"
#include "features/implementations.h"
#include "lsp/lsp_server.h"
#include "protocol/uri.h"
#include "support/limits.h"

namespace oxt::lsp {

namespace {

protocol::CompletionItemKind kindOf(features::CompletionItemKind kind) {
  using In = features::CompletionItemKind;
  using Out = protocol::CompletionItemKind;
  switch (kind) {
  case In::Keyword:
    return Out::Keyword;
  case In::Type:
    return Out::TypeParameter;
  case In::Structure:
    return Out::Struct;
  case In::Entity:
    return Out::Class;
  case In::Annotation:
    return Out::Property;
  case In::Value:
    return Out::EnumMember;
  case In::File:
    return Out::File;
  case In::Folder:
    return Out::Folder;
  }
  return Out::Keyword;
}

/// Markdown marks code with backquotes; a client that shows plain text gets none.
std::string withoutBackquotes(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c != '`') {
      out += c;
    }
  }
  return out;
}

protocol::Range rangeOf(const syntax::SyntaxTree& tree, syntax::ByteRange range,
                        syntax::PositionEncoding encoding) {
  const auto start = tree.positionAt(range.start, encoding);
  const auto end = tree.positionAt(range.end, encoding);
  return {{start.line, start.character}, {end.line, end.character}};
}

} // namespace

void LspServer::onCompletion(const protocol::TextDocumentPositionParams& params, Reply&& reply) {
  const auto path = pathOf(params.textDocument.uri);
  const auto* document = workspace_.document(path);
  if (document == nullptr) {
    reply(nullptr); // not open: nothing to complete
    return;
  }
  const auto& tree = document->tree();
  const auto offset = tree.offsetAt({params.position.line, params.position.character}, encoding_);
  features::CompletionOptions options;
  options.snippets = client_.completionSnippets;
  if (protocol::pathFromUri(params.textDocument.uri)) {
    options.folder = path.parent_path(); // resource paths are relative to the .oxt file
  }
  const auto result = features::complete(tree, *document->analysis(), offset, options);

  protocol::CompletionList list;
  list.isIncomplete = result.incomplete || result.items.size() > limits::kMaxResults;
  for (const auto& item : result.items) {
    if (list.items.size() == limits::kMaxResults) {
      break;
    }
    protocol::CompletionItem out;
    out.label = item.label;
    out.kind = kindOf(item.kind);
    out.detail = item.detail;
    if (!item.documentation.empty()) {
      out.documentation = protocol::MarkupContent{
          client_.completionMarkdown,
          client_.completionMarkdown ? item.documentation : withoutBackquotes(item.documentation)};
    }
    out.insertTextFormat =
        item.snippet ? protocol::InsertTextFormat::Snippet : protocol::InsertTextFormat::PlainText;
    out.textEdit = protocol::TextEdit{rangeOf(tree, item.replace, encoding_), item.insertText};
    out.sortText = item.sortText;
    list.items.push_back(std::move(out));
  }
  reply(protocol::toJson(list));
}

void LspServer::onHover(const protocol::TextDocumentPositionParams& params, Reply&& reply) {
  const auto* document = workspace_.document(pathOf(params.textDocument.uri));
  if (document == nullptr) {
    reply(nullptr);
    return;
  }
  const auto& tree = document->tree();
  const auto offset = tree.offsetAt({params.position.line, params.position.character}, encoding_);
  auto hover = features::hoverAt(tree, *document->analysis(), offset);
  if (!hover) {
    reply(nullptr);
    return;
  }
  // On an action whose project exists: whether <Ext>.cs implements it.
  if (const auto implementation = features::implementationAt(
          *document->analysis(), pathOf(params.textDocument.uri), offset)) {
    hover->paragraphs.push_back(features::implementationSentence(*implementation));
  }
  reply(protocol::toJson(
      protocol::Hover{protocol::MarkupContent{client_.hoverMarkdown,
                                              features::renderHover(*hover, client_.hoverMarkdown)},
                      rangeOf(tree, hover->range, encoding_)}));
}

} // namespace oxt::lsp
