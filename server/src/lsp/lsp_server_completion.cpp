// LspServer: textDocument/completion and textDocument/hover.
//
// Both run on the loop: they read the open document's cached analysis and answer in
// well under a millisecond on ordinary files, less than a round trip to the worker.
#include <algorithm>
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

features::CompletionOptions completionOptions(const protocol::ClientCapabilities& client,
                                              const std::string& uri,
                                              const std::filesystem::path& path) {
  features::CompletionOptions options;
  options.snippets = client.completionSnippets;
  if (protocol::pathFromUri(uri)) {
    options.folder = path.parent_path(); // resource paths are relative to the .oxt file
  }
  return options;
}

protocol::MarkupContent documentationOf(const protocol::ClientCapabilities& client,
                                        const std::string& markdown) {
  return {client.completionMarkdown,
          client.completionMarkdown ? markdown : withoutBackquotes(markdown)};
}

/// Whether every item replaces the same range: then the list may say it once.
bool shareOneRange(const features::CompletionResult& result) {
  return std::all_of(result.items.begin(), result.items.end(),
                     [&](const features::CompletionItem& item) {
                       return item.replace == result.items.front().replace;
                     });
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
  auto options = completionOptions(client_, params.textDocument.uri, path);
  // A client that resolves documentation gets the items without it, and asks for the
  // one it shows: a list of thousands of structures is then a fraction of the text.
  const bool resolveLater = client_.completionResolvesDocumentation;
  if (resolveLater) {
    options.documentation = features::CompletionOptions::Documentation::None;
    lastCompletion_ = {lastCompletion_.id + 1, params.textDocument.uri, params.position};
  }
  const auto result = features::complete(tree, *document->analysis(), offset, options);

  protocol::CompletionList list;
  list.isIncomplete = result.incomplete || result.items.size() > limits::kMaxResults;
  const bool defaultRange =
      client_.completionDefaultEditRange && !result.items.empty() && shareOneRange(result);
  if (defaultRange || (resolveLater && client_.completionDefaultData)) {
    list.itemDefaults.emplace();
    if (defaultRange) {
      list.itemDefaults->editRange = rangeOf(tree, result.items.front().replace, encoding_);
    }
    if (resolveLater && client_.completionDefaultData) {
      list.itemDefaults->data = lastCompletion_.id;
    }
  }
  for (const auto& item : result.items) {
    if (list.items.size() == limits::kMaxResults) {
      break;
    }
    auto& out = list.items.emplace_back();
    out.label = item.label;
    out.kind = kindOf(item.kind);
    out.detail = item.detail;
    if (!item.documentation.empty()) {
      out.documentation = documentationOf(client_, item.documentation);
    }
    out.insertTextFormat =
        item.snippet ? protocol::InsertTextFormat::Snippet : protocol::InsertTextFormat::PlainText;
    out.textEdit.newText = item.insertText;
    if (defaultRange) {
      out.defaultEditRange = true;
    } else {
      out.textEdit.range = rangeOf(tree, item.replace, encoding_);
    }
    out.sortText = item.sortText;
    if (resolveLater && !client_.completionDefaultData) {
      out.data = lastCompletion_.id;
    }
  }
  reply.withText(protocol::toJsonText(list));
}

void LspServer::onCompletionResolve(const protocol::CompletionItemToResolve& params,
                                    Reply&& reply) {
  auto item = params.item;
  const auto* document = params.data && *params.data == lastCompletion_.id
                             ? workspace_.document(pathOf(lastCompletion_.uri))
                             : nullptr;
  if (document == nullptr || item.contains("documentation")) {
    reply(std::move(item)); // an older list, or a closed document: the item as it is
    return;
  }
  // The completion again at the list's position, documenting this item only. The text
  // may have changed since (the client filters the list as the person types on): the
  // cursor's context is then what it has become, and an item no longer offered there
  // stays without documentation.
  const auto& tree = document->tree();
  const auto offset =
      tree.offsetAt({lastCompletion_.position.line, lastCompletion_.position.character}, encoding_);
  auto options = completionOptions(client_, lastCompletion_.uri, pathOf(lastCompletion_.uri));
  options.documentation = features::CompletionOptions::Documentation::OneLabel;
  options.documentedLabel = params.label;
  const auto result = features::complete(tree, *document->analysis(), offset, options);
  const auto found = std::find_if(
      result.items.begin(), result.items.end(), [&](const features::CompletionItem& candidate) {
        return candidate.label == params.label && !candidate.documentation.empty();
      });
  if (found != result.items.end()) {
    item["documentation"] = protocol::toJson(documentationOf(client_, found->documentation));
  }
  reply(std::move(item));
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
