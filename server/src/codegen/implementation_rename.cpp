#include "codegen/implementation_rename.h"

#include <variant>

#include "codegen/action_methods.h"
#include "codegen/implementation_check.h"
#include "support/file_io.h"

namespace oxt::codegen {

namespace {

using syntax::SyntaxNode;

SyntaxNode findType(const syntax::SyntaxTree& tree, std::string_view name) {
  std::vector<SyntaxNode> pending{tree.root()};
  while (!pending.empty()) {
    const auto node = pending.back();
    pending.pop_back();
    const auto type = node.type();
    if ((type == "class_declaration" || type == "interface_declaration") &&
        tree.textOf(node.childByField("name")) == name) {
      return node;
    }
    for (const auto& child : node.namedChildren()) {
      pending.push_back(child);
    }
  }
  return {};
}

/// Every identifier `name` under `node` that names a local thing: not the member
/// part of `x.name`.
void collectIdentifiers(const syntax::SyntaxTree& tree, SyntaxNode node, std::string_view name,
                        std::vector<syntax::ByteRange>& out) {
  std::vector<SyntaxNode> pending{node};
  while (!pending.empty()) {
    const auto current = pending.back();
    pending.pop_back();
    if (current.type() == "identifier" && tree.textOf(current) == name) {
      const auto parent = current.parent();
      const bool member = parent && parent.type() == "member_access_expression" &&
                          parent.childByField("name").byteRange() == current.byteRange();
      if (!member) {
        out.push_back(current.byteRange());
      }
      continue;
    }
    for (const auto& child : current.namedChildren()) {
      pending.push_back(child);
    }
  }
}

} // namespace

std::vector<syntax::TextEdit> renameInType(std::string_view source, std::string_view typeName,
                                           std::string_view method,
                                           std::optional<std::string_view> parameter,
                                           std::string_view newName) {
  const syntax::SyntaxTree tree{std::string(source), syntax::Language::CSharp};
  const auto type = findType(tree, typeName);
  std::vector<syntax::TextEdit> edits;
  if (!type) {
    return edits;
  }
  for (const auto& member : type.childByField("body").namedChildren()) {
    if (member.type() != "method_declaration" ||
        tree.textOf(member.childByField("name")) != method) {
      continue;
    }
    if (!parameter) {
      edits.push_back({member.childByField("name").byteRange(), std::string(newName)});
      continue;
    }
    std::vector<syntax::ByteRange> ranges;
    collectIdentifiers(tree, member.childByField("parameters"), *parameter, ranges);
    if (ranges.empty()) {
      continue; // this overload has no such parameter
    }
    for (const auto& child : member.namedChildren()) {
      if (child.type() == "block" || child.type() == "arrow_expression_clause") {
        collectIdentifiers(tree, child, *parameter, ranges);
      }
    }
    for (const auto& range : ranges) {
      edits.push_back({range, std::string(newName)});
    }
  }
  return edits;
}

std::vector<FileEdits> implementationRenameEdits(const std::filesystem::path& oxtFile,
                                                 const model::Extension& extension,
                                                 const model::Action& action,
                                                 std::optional<std::size_t> parameter,
                                                 std::string_view newName) {
  std::vector<FileEdits> result;
  if (parameter && *parameter >= action.parameters.size()) {
    return result;
  }
  const auto implementation = implementationPath(oxtFile, extension);
  const auto method = methodName(action);
  const std::optional<std::string> oldParameter =
      parameter ? std::optional<std::string>("ss" + action.parameters[*parameter].name.text)
                : std::nullopt;
  const auto replacement = parameter ? "ss" + std::string(newName) : "Mss" + std::string(newName);
  const std::pair<std::filesystem::path, std::string> files[] = {
      {implementation, implementationClassName(extension)},
      {implementation.parent_path() / "Interface.cs", interfaceName(extension)}};
  for (const auto& [file, typeName] : files) {
    auto bytes = readFile(file);
    auto* text = std::get_if<std::string>(&bytes);
    if (text == nullptr) {
      continue; // not generated yet: nothing to follow
    }
    auto edits = renameInType(
        *text, typeName, method,
        oldParameter ? std::optional<std::string_view>(*oldParameter) : std::nullopt, replacement);
    if (!edits.empty()) {
      result.push_back({file, std::move(*text), std::move(edits)});
    }
  }
  return result;
}

} // namespace oxt::codegen
