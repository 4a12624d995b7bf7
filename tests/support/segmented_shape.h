// The shape of a document's top level, read the same way from one tree and from a
// segmented text (syntax/segment_plan.h): the root's children around the extension,
// the extension's header, and each child of its body, with their ranges and trees.
// Tests compare the two to show that segments parse as the whole text does.
#pragma once

#include <string>
#include <vector>

#include "syntax/syntax_tree.h"

namespace oxt::test {

/// Small enough that each example file is cut into several segments.
inline constexpr uint32_t kSmallSegments = 160;

/// An extension of `actions` actions, with a structure and a resource every tenth.
inline std::string generatedExtension(int actions) {
  std::string text = "// Generated.\n@dbms(SqlServer)\nextension Big {\n";
  for (int i = 0; i < actions; ++i) {
    const auto n = std::to_string(i);
    if (i % 10 == 0) {
      text += "    structure Rec" + n + " {\n        Id: Integer\n    }\n";
      text += "    resource \"files/r" + n + ".txt\"\n";
    }
    text += "    /// Action " + n + ".\n    @internal\n    action Act" + n +
            " {\n        input Name: Text\n        output Result: Rec0\n    }\n\n";
  }
  return text + "}\n";
}

inline std::string describe(const oxt::syntax::SyntaxNode& node) {
  const auto range = node.byteRange();
  return std::to_string(range.start) + ".." + std::to_string(range.end) + " " +
         node.toSExpression();
}

inline std::vector<std::string> topLevelShape(const oxt::syntax::SyntaxTree& tree) {
  std::vector<std::string> shape;
  const auto body = [&](const oxt::syntax::SyntaxNode& extension,
                        const std::vector<oxt::syntax::SyntaxNode>& bodyChildren) {
    for (const auto& child : extension.children()) {
      if (child.type() == "extension_body") {
        break;
      }
      shape.push_back("header " + describe(child));
    }
    for (const auto& child : bodyChildren) {
      shape.push_back("body " + describe(child));
    }
  };
  if (const auto* parts = tree.extensionParts()) {
    for (const auto& child : parts->before) {
      shape.push_back("top " + describe(child));
    }
    shape.push_back("extension " + std::to_string(parts->range.start) + ".." +
                    std::to_string(parts->range.end));
    body(parts->declaration, parts->bodyChildren);
    for (const auto& child : parts->after) {
      shape.push_back("top " + describe(child));
    }
    return shape;
  }
  for (const auto& child : tree.root().children()) {
    const auto extensionBody = child.type() == "extension_declaration" ? child.childByField("body")
                                                                       : oxt::syntax::SyntaxNode();
    if (!extensionBody) {
      shape.push_back("top " + describe(child));
      continue;
    }
    shape.push_back("extension " + std::to_string(child.byteRange().start) + ".." +
                    std::to_string(child.byteRange().end));
    body(child, extensionBody.children());
  }
  return shape;
}

/// The first line where two shapes differ, both ways, or "" when they are equal.
inline std::string firstDifference(const std::vector<std::string>& a,
                                   const std::vector<std::string>& b) {
  for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
    const auto left = i < a.size() ? a[i] : "(nothing)";
    const auto right = i < b.size() ? b[i] : "(nothing)";
    if (left != right) {
      return "line " + std::to_string(i) + ":\n  " + left + "\nbut\n  " + right;
    }
  }
  return "";
}

} // namespace oxt::test
