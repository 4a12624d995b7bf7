#include "checks/syntax_errors.h"

#include "syntax/closed_nodes.h"

#include <memory>
#include <string>
#include <string_view>

namespace oxt::checks {

namespace {

using syntax::ByteRange;
using syntax::SyntaxNode;
using syntax::SyntaxTree;

Diagnostic syntaxError(std::string message, ByteRange range) {
  Diagnostic diagnostic;
  diagnostic.code = kSyntaxErrorCode;
  diagnostic.severity = Severity::Error;
  diagnostic.message = std::move(message);
  diagnostic.range = range;
  return diagnostic;
}

bool isTypeNode(std::string_view type) {
  return type == "basic_type" || type == "type_reference" || type == "record_type" ||
         type == "list_type" || type == "identifier_type" || type == "_type";
}

/// How a message names a node kind the parser expected.
std::string describeExpected(SyntaxNode node, SyntaxNode parent) {
  const auto type = node.type();
  if (!node.isNamed()) {
    return "'" + std::string(type) + "'";
  }
  if (type == "identifier") {
    // A name where a type goes (`input X:` parses as a type reference whose
    // identifier is missing) is a type to the person typing.
    return isTypeNode(parent.type()) ? "a type" : "a name";
  }
  if (isTypeNode(type)) {
    return "a type";
  }
  if (type == "string") {
    return "a string";
  }
  std::string words(type);
  for (auto& c : words) {
    if (c == '_') {
      c = ' ';
    }
  }
  return words;
}

/// The last token before `offset`, skipping whitespace: what the person typed
/// just before the place where the parser got stuck.
SyntaxNode tokenBefore(const SyntaxTree& tree, uint32_t offset) {
  const auto& text = tree.text();
  while (offset > 0 && (text[offset - 1] == ' ' || text[offset - 1] == '\t' ||
                        text[offset - 1] == '\n' || text[offset - 1] == '\r')) {
    --offset;
  }
  if (offset == 0) {
    return {};
  }
  return tree.descendantForRange(ByteRange{offset - 1, offset});
}

/// The first token inside `node`.
SyntaxNode firstToken(SyntaxNode node) {
  while (node.childCount() > 0) {
    node = node.child(0);
  }
  return node;
}

std::string quoted(std::string_view text) {
  constexpr std::size_t kMaxShown = 30;
  std::string shown(text.substr(0, kMaxShown));
  if (text.size() > kMaxShown) {
    shown += "…";
  }
  return "'" + shown + "'";
}

/// `parent` comes from the walk: tree-sitter's own parent lookup is unreliable for
/// the zero-width nodes that MISSING nodes are.
Diagnostic missingDiagnostic(const SyntaxTree& tree, SyntaxNode missing, SyntaxNode parent) {
  const auto at = missing.byteRange().start;
  const auto before = tokenBefore(tree, at);
  std::string message = "expected " + describeExpected(missing, parent);
  ByteRange range{at, at};
  if (before) {
    message += " after " + quoted(tree.textOf(before));
    range = before.byteRange();
  }
  return syntaxError(std::move(message), range);
}

Diagnostic errorDiagnostic(const SyntaxTree& tree, SyntaxNode error) {
  const auto range = error.byteRange();
  const auto before = tokenBefore(tree, range.start);
  const auto first = firstToken(error);
  const auto beforeText = before ? tree.textOf(before) : std::string_view();

  // Underline the first offending token, not a whole block the parser skipped.
  ByteRange underline = first.byteRange();
  if (underline.end <= underline.start) {
    underline = range;
  }
  std::string message;
  if (beforeText == ":") {
    message = "expected a type after ':'";
  } else if (beforeText == "=") {
    message = "expected a value after '='";
  } else if (beforeText == "@") {
    message = "expected an annotation name after '@'";
  } else if (range.start == range.end) {
    message = "unexpected end of file";
  } else {
    message = "unexpected " + quoted(tree.textOf(first));
  }
  return syntaxError(std::move(message), underline);
}

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

/// The last child of `node` that is not a comment (child(i) is O(i) in tree-sitter,
/// so this costs one pass over the children, plus one per trailing comment).
SyntaxNode lastRealChild(SyntaxNode node) {
  for (auto index = node.childCount(); index > 0; --index) {
    const auto child = node.child(index - 1);
    if (!child.isExtra()) {
      return child;
    }
  }
  return {};
}

/// The grammar lets a body's `}` and a string's closing `"` be absent, so that
/// what follows keeps its shape while someone types (grammar/grammar.js); the
/// error is reported here instead.
void reportUnclosed(const SyntaxTree& tree, SyntaxNode node, SyntaxNode parent,
                    std::vector<Diagnostic>& out) {
  const auto type = node.type();
  if (endsWith(type, "_body") && lastRealChild(node).type() != "}") {
    std::string owner(parent.type());
    if (endsWith(owner, "_declaration")) {
      owner.resize(owner.size() - std::string_view("_declaration").size());
    }
    std::string message = "expected '}' to close " + owner;
    if (const auto name = parent.childByField("name"); name && !tree.textOf(name).empty()) {
      message += " " + quoted(tree.textOf(name));
    }
    const auto open = node.childCount() == 0 ? node.byteRange() : node.child(0).byteRange();
    out.push_back(syntaxError(std::move(message), open));
  } else if (type == "string" && !syntax::isClosedString(tree.textOf(node))) {
    out.push_back(syntaxError("unterminated string: expected '\"' before the end of the line",
                              node.byteRange()));
  }
}

/// Whether the walk must look inside `node`: always when it holds an error; else
/// only to reach bodies and strings (reportUnclosed). Declarations hold bodies;
/// bodies, parameters, attributes and annotations matter only when a '"' is in
/// their text. On a large file this skips most of the tree.
bool mustDescend(const SyntaxTree& tree, SyntaxNode node) {
  if (node.hasError()) {
    return true;
  }
  if (syntax::isClosedBodyDeclaration(tree, node)) {
    // Closed and without error, it has nothing to report inside unless it holds a
    // string. Checking that from its text skips the walk into each of the thousands of
    // members of a large file on every keystroke.
    return tree.textOf(node).find('"') != std::string_view::npos;
  }
  const auto type = node.type();
  if (type == "source_file" || type == "extension_body" || endsWith(type, "_declaration")) {
    return true;
  }
  const bool mayHoldString = endsWith(type, "_body") || type == "parameter" ||
                             type == "attribute" || type == "annotation" ||
                             type == "annotation_arguments";
  return mayHoldString && tree.textOf(node).find('"') != std::string_view::npos;
}

/// A node to visit, and its parent (tree-sitter's own parent lookup is unreliable for
/// the zero-width nodes that MISSING nodes are).
struct Visit {
  SyntaxNode node;
  SyntaxNode parent;
  bool childrenElsewhere = false; // report on the node, but its children are visited apart
};

/// Visits `pending` (a stack: the last is visited first) and everything under it.
/// Iterative: nesting depth comes from the user's file and must not be able to overflow
/// the stack.
void walkFrom(const SyntaxTree& tree, SyntaxWalk walk, std::vector<Visit> pending,
              std::vector<Diagnostic>& out) {
  while (!pending.empty()) {
    const auto [node, parent, childrenElsewhere] = pending.back();
    pending.pop_back();
    if (node.isMissing()) {
      out.push_back(missingDiagnostic(tree, node, parent));
      continue;
    }
    if (node.isError()) {
      out.push_back(errorDiagnostic(tree, node));
      continue;
    }
    reportUnclosed(tree, node, parent, out);
    if (childrenElsewhere || (walk == SyntaxWalk::SkipClean && !mustDescend(tree, node))) {
      continue;
    }
    const auto children = node.children();
    for (auto child = children.rbegin(); child != children.rend(); ++child) {
      pending.push_back({*child, node});
    }
  }
}

/// Visits `nodes` in order, with `parent`.
void walkNodes(const SyntaxTree& tree, SyntaxWalk walk, const std::vector<SyntaxNode>& nodes,
               SyntaxNode parent, std::vector<Diagnostic>& out) {
  std::vector<Visit> pending;
  pending.reserve(nodes.size());
  for (auto node = nodes.rbegin(); node != nodes.rend(); ++node) {
    pending.push_back({*node, parent});
  }
  walkFrom(tree, walk, std::move(pending), out);
}

/// The errors in what segment `index` owns of the extension's body, with their ranges
/// relative to the segment's start: a segment's errors depend on its text alone (its
/// first and last members are whole: syntax_tree.h), so they are kept with it
/// (SegmentMemo) while edits elsewhere only move it.
std::vector<Diagnostic> segmentErrors(const SyntaxTree& tree, SyntaxWalk walk, std::size_t index,
                                      const syntax::Segment& segment) {
  SyntaxNode body;
  const auto owned = tree.bodyChildrenOf(index, &body);
  std::vector<Diagnostic> out;
  walkNodes(tree, walk, owned, body, out);
  for (auto& diagnostic : out) {
    diagnostic.range.start -= segment.owned.start;
    diagnostic.range.end -= segment.owned.start;
  }
  return out;
}

constexpr char kSegmentErrorsKey = 0;

/// The errors of segment `index`, from its memo or found and kept there.
std::shared_ptr<const std::vector<Diagnostic>>
keptSegmentErrors(const SyntaxTree& tree, std::size_t index, const syntax::Segment& segment) {
  return segment.memo->get<std::vector<Diagnostic>>(&kSegmentErrorsKey, [&] {
    return segmentErrors(tree, SyntaxWalk::SkipClean, index, segment);
  });
}

} // namespace

void findSegmentErrorsAhead(const SyntaxTree& tree, std::size_t index) {
  const auto segment = tree.segment(index);
  if (segment.memo != nullptr) {
    static_cast<void>(keptSegmentErrors(tree, index, segment));
  }
}

std::vector<Diagnostic> syntaxErrors(const SyntaxTree& tree, SyntaxWalk walk) {
  std::vector<Diagnostic> diagnostics;
  if (const auto& problem = tree.limitProblem()) {
    // The text was not parsed (support/limits.h): one error at its start says why.
    diagnostics.push_back(syntaxError(*problem + ": nothing else is checked", ByteRange{0, 0}));
    return diagnostics;
  }
  if (tree.segmentCount() < 2) {
    walkFrom(tree, walk, {{tree.root(), {}}}, diagnostics);
    return diagnostics;
  }
  // The frame only: the segments' members are walked (or remembered) one by one below.
  const auto frame = tree.extensionFrame();
  const auto* parts = &frame;
  // A text in segments: what one tree's walk gives, in the same order. The body is the
  // last segment's, which holds its `}`; the parent of what is in the body is only read
  // for its type.
  walkNodes(tree, walk, parts->before, {}, diagnostics);
  std::vector<SyntaxNode> header;
  for (const auto& child : parts->declaration.children()) {
    if (child.type() == "extension_body") {
      break;
    }
    header.push_back(child);
  }
  walkNodes(tree, walk, header, parts->declaration, diagnostics);
  walkFrom(tree, walk, {{parts->lastBody, parts->declaration, true}}, diagnostics);
  const auto segments = tree.segments();
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& segment = segments[i];
    // The walk of every node (tests only) is not kept.
    const auto found = walk == SyntaxWalk::SkipClean
                           ? keptSegmentErrors(tree, i, segment)
                           : std::make_shared<const std::vector<Diagnostic>>(
                                 segmentErrors(tree, walk, i, segment));
    for (auto diagnostic : *found) {
      diagnostic.range.start += segment.owned.start;
      diagnostic.range.end += segment.owned.start;
      diagnostics.push_back(std::move(diagnostic));
    }
  }
  walkNodes(tree, walk, parts->after, {}, diagnostics);
  return diagnostics;
}

} // namespace oxt::checks
