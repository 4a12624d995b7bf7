#include "features/formatting.h"

#include <string_view>
#include <vector>

#include "checks/syntax_errors.h"

namespace oxt::features {

namespace {

using syntax::ByteRange;
using syntax::SyntaxNode;

constexpr std::size_t kIndentWidth = 4;

enum class AtomKind { Token, LineComment, BlockComment };

/// A piece of the output that is copied as it is: a token, a literal, a comment.
struct Atom {
  std::string_view text;
  ByteRange range;
  AtomKind kind = AtomKind::Token;
  int depth = 0;
  /// The layout starts a line here (a member, an annotation of a block, a `}`).
  bool startsLine = false;
  /// The author may start a line here (after an annotation of a parameter,
  /// attribute or resource): kept if the source has a line break.
  bool mayStartLine = false;
  bool opensBody = false;
  bool closesBody = false;
};

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool isBody(std::string_view type) { return endsWith(type, "_body"); }

/// Declarations written over several lines: their annotations and keyword each
/// start a line.
bool isBlockDeclaration(std::string_view type) {
  return type == "extension_declaration" || type == "action_declaration" ||
         type == "structure_declaration" || type == "entity_declaration";
}

/// Declarations written on one line, whose annotations may stand on lines of their own.
bool isLineDeclaration(std::string_view type) {
  return type == "parameter" || type == "attribute" || type == "resource_declaration";
}

/// Nodes copied verbatim even though they have children.
bool isAtomic(SyntaxNode node) {
  return node.childCount() == 0 || node.type() == "string" || node.type() == "date_time_literal";
}

std::string_view trimRight(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

/// Flattens the tree into atoms in document order, deciding depth and line starts
/// from the syntax. Iterative: the nesting of types (`List<List<…>>`) comes from
/// the user's file and must not be able to overflow the stack.
std::vector<Atom> collectAtoms(const syntax::SyntaxTree& tree) {
  struct Visit {
    SyntaxNode node;
    int depth = 0;
    bool startsLine = false;
    bool mayStartLine = false;
  };
  std::vector<Atom> atoms;
  std::vector<Visit> pending{{tree.root(), 0, false, false}};
  while (!pending.empty()) {
    const auto visit = pending.back();
    pending.pop_back();
    const auto node = visit.node;

    if (isAtomic(node)) {
      Atom atom;
      atom.range = node.byteRange();
      atom.text = tree.textOf(node);
      atom.depth = visit.depth;
      atom.startsLine = visit.startsLine;
      atom.mayStartLine = visit.mayStartLine;
      if (node.type() == "comment" || node.type() == "doc_comment") {
        const bool block = atom.text.substr(0, 2) == "/*";
        atom.kind = block ? AtomKind::BlockComment : AtomKind::LineComment;
        atom.text = trimRight(atom.text);
        atom.startsLine = false; // comments keep their own placement
      }
      if (!atom.text.empty()) {
        atoms.push_back(atom);
      }
      continue;
    }

    const auto type = node.type();
    const auto children = node.children();
    std::vector<Visit> expanded;
    expanded.reserve(children.size());
    // A node that starts (or may start) a line passes that on to its first child
    // that is not a comment (a parameter's first token may be an annotation's
    // `@`); the other tokens of a parameter, attribute or resource stay on its line.
    bool lineStartGiven = !visit.startsLine && !visit.mayStartLine;
    bool keywordSeen = false;
    bool afterAnnotation = false;
    for (const auto& child : children) {
      Visit next{child, visit.depth, false, false};
      if (isBody(type)) {
        const bool brace = child.type() == "{" || child.type() == "}";
        next.depth = brace ? visit.depth : visit.depth + 1;
        next.startsLine = child.type() == "}" || (!brace && !child.isExtra());
      } else if (isBlockDeclaration(type) && !child.isExtra() && !keywordSeen) {
        // Each annotation, then the keyword, on a line of its own.
        next.startsLine = true;
        keywordSeen = child.type() != "annotation";
      }
      if (!lineStartGiven && !child.isExtra()) {
        next.startsLine = next.startsLine || visit.startsLine;
        next.mayStartLine = visit.mayStartLine;
        lineStartGiven = true;
      }
      if (type == "source_file" && !child.isExtra()) {
        next.startsLine = true;
      }
      if (isLineDeclaration(type) && !child.isExtra()) {
        next.mayStartLine = next.mayStartLine || afterAnnotation;
        afterAnnotation = child.type() == "annotation";
      }
      expanded.push_back(next);
    }
    for (auto it = expanded.rbegin(); it != expanded.rend(); ++it) {
      pending.push_back(*it);
    }
  }
  for (auto& atom : atoms) {
    atom.opensBody = atom.kind == AtomKind::Token && atom.text == "{";
    atom.closesBody = atom.kind == AtomKind::Token && atom.text == "}";
  }
  return atoms;
}

/// Whether a space separates two atoms on the same line.
bool spaceBetween(const Atom& previous, const Atom& current) {
  if (current.kind != AtomKind::Token) {
    return true;
  }
  const auto text = current.text;
  if (text == ":" || text == "," || text == ")" || text == ">" || text == "?" || text == "(" ||
      text == "<") {
    return false;
  }
  const auto before = previous.text;
  return !(previous.kind == AtomKind::Token && (before == "(" || before == "<" || before == "@"));
}

int newlinesBetween(std::string_view source, uint32_t from, uint32_t to) {
  int count = 0;
  for (auto i = from; i < to && i < source.size(); ++i) {
    count += source[i] == '\n' ? 1 : 0;
  }
  return count;
}

} // namespace

FormatResult formatDocument(const syntax::SyntaxTree& tree) {
  if (const auto& problem = tree.limitProblem()) {
    return FormatResult{{}, *problem};
  }
  if (tree.segmentCount() > 1) {
    // The layout reads the whole tree at once: one tree of the text (a parse, which
    // costs less than the formatting of a text that large).
    return formatDocument(syntax::SyntaxTree(tree.text(), syntax::Language::Oxt, 0));
  }
  if (!checks::syntaxErrors(tree).empty()) {
    return FormatResult{{}, "the file has syntax errors; fix them first (oxt check shows them)"};
  }
  const std::string_view source = tree.text();
  const auto firstNewline = source.find('\n');
  const bool crlf = firstNewline != std::string_view::npos && firstNewline > 0 &&
                    source[firstNewline - 1] == '\r';
  const std::string_view newline = crlf ? "\r\n" : "\n";

  const auto atoms = collectAtoms(tree);
  std::string out;
  out.reserve(source.size() + source.size() / 8);
  const Atom* previous = nullptr;
  for (const auto& atom : atoms) {
    bool lineBreak = false;
    int blankLines = 0;
    if (previous != nullptr) {
      const int newlines = newlinesBetween(source, previous->range.end, atom.range.start);
      if (atom.kind != AtomKind::Token) {
        lineBreak = newlines > 0; // a comment stays on its own line or at a line's end
      } else {
        lineBreak = atom.startsLine || (atom.mayStartLine && newlines > 0);
      }
      // Nothing may follow a line comment on its line; a block comment keeps the
      // line break that followed it.
      if (previous->kind == AtomKind::LineComment ||
          (previous->kind == AtomKind::BlockComment && newlines > 0)) {
        lineBreak = true;
      }
      if (lineBreak && newlines >= 2 && !previous->opensBody && !atom.closesBody) {
        blankLines = 1;
      }
    }

    if (previous != nullptr && lineBreak) {
      for (int i = 0; i <= blankLines; ++i) {
        out += newline;
      }
    } else if (previous != nullptr && spaceBetween(*previous, atom)) {
      out += ' ';
    }
    if (previous == nullptr || lineBreak) {
      out.append(static_cast<std::size_t>(atom.depth) * kIndentWidth, ' ');
    }
    out += atom.text;
    previous = &atom;
  }
  if (!out.empty()) {
    out += newline;
  }
  return FormatResult{std::move(out), std::nullopt};
}

} // namespace oxt::features
