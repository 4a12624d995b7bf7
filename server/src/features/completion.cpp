#include "features/completion.h"

#include <algorithm>
#include <optional>
#include <system_error>

#include "codegen/action_methods.h"
#include "codegen/csharp_types.h"
#include "features/completion_context.h"
#include "features/language_facts.h"
#include "features/resource_paths.h"
#include "model/basic_types.h"
#include "model/shift_ranges.h"
#include "syntax/closed_nodes.h"

namespace oxt::features {

namespace {

using model::BasicType;

struct KeywordFact {
  std::string_view keyword;
  std::string_view detail;
  std::string_view documentation;
  std::string_view snippet;
};

constexpr KeywordFact kKeywords[] = {
    {"extension", "extension Name { … }",
     "The extension: one per file, named like the file. Its actions, structures, entities and "
     "resources go between the braces. C#: namespace `OutSystems.Nss<Name>`, class "
     "`Css<Name>`.",
     "extension ${1:Name} {\n\t$0\n}"},
    {"action", "action Name { parameters }",
     "An action: a method the extension exports, `public void Mss<Name>(…)` in C#, with its "
     "input and output parameters in order.",
     "action ${1:Name} {\n\t$0\n}"},
    {"structure", "structure Name { attributes }",
     "A structure: a record definition (`ST<Name>Structure` in C#) usable as a type of "
     "parameters and attributes. At least one attribute.",
     "structure ${1:Name} {\n\t${2:Attribute}: ${3:Text}\n}"},
    {"entity", "entity Name { attributes }",
     "An entity: a table of an external database (`EN<Name>EntityRecord` in C#). Needs "
     "@table(\"…\"); attributes take basic types and identifiers.",
     "entity ${1:Name} {\n\t@identifier\n\t${2:Id}: ${3:Integer}\n}"},
    {"resource", "resource \"relative/path\"",
     "A resource: a file packed with the extension (a dll, an icon, …), with its Deploy "
     "Action (@deploy).",
     "resource \"$1\""},
    {"input", "input Name[?]: Type [= default]",
     "An input parameter: passed by value in C#. Mandatory unless marked `?`.",
     "input ${1:Name}: ${2:Text}"},
    {"output", "output Name: Type",
     "An output parameter: an `out` parameter in C#, set to its type's default before the "
     "implementation runs. Never mandatory.",
     "output ${1:Name}: ${2:Text}"},
};

const KeywordFact& keywordFact(std::string_view keyword) {
  for (const auto& fact : kKeywords) {
    if (fact.keyword == keyword) {
      return fact;
    }
  }
  return kKeywords[0];
}

/// The extension the cursor is in (the first one when it is in none).
const model::Extension* extensionAt(const model::Document& document, uint32_t offset) {
  for (const auto& extension : document.extensions) {
    if (extension.range.start <= offset && offset <= extension.range.end) {
      return &extension;
    }
  }
  return document.primary();
}

class Builder {
public:
  Builder(std::string_view text, const model::Analysis& analysis, const CursorContext& context,
          const CompletionOptions& options, uint32_t offset)
      : document_(analysis.document), context_(context), options_(options),
        extension_(extensionAt(analysis.document, offset)), text_(text) {}

  CompletionResult build() {
    switch (context_.expectation) {
    case Expectation::Member:
      members();
      break;
    case Expectation::Type:
      types();
      break;
    case Expectation::AnnotationName:
      annotations();
      break;
    case Expectation::AnnotationValue:
      annotationValues();
      break;
    case Expectation::DefaultValue:
      if (context_.defaultValueType == "Boolean") {
        value("true", "Boolean", "True.");
        value("false", "Boolean", "False (the default of Boolean).");
      }
      break;
    case Expectation::String:
      if (context_.stringRole == StringRole::ResourcePath) {
        paths();
      } else if (context_.stringRole == StringRole::IconPath) {
        icons();
      }
      break;
    case Expectation::Nothing:
      break;
    }
    for (std::size_t i = 0; i < result_.items.size(); ++i) {
      auto order = std::to_string(i);
      result_.items[i].sortText = std::string(order.size() < 4 ? 4 - order.size() : 0, '0') + order;
    }
    return std::move(result_);
  }

private:
  /// Whether the item labelled `label` carries its documentation.
  [[nodiscard]] bool documents(std::string_view label) const {
    using Documentation = CompletionOptions::Documentation;
    return options_.documentation == Documentation::Every ||
           (options_.documentation == Documentation::OneLabel && label == options_.documentedLabel);
  }

  CompletionItem& add(std::string label, CompletionItemKind kind, std::string detail,
                      std::string documentation) {
    if (!documents(label)) {
      documentation.clear();
    }
    CompletionItem item;
    item.insertText = label;
    item.label = std::move(label);
    item.kind = kind;
    item.detail = std::move(detail);
    item.documentation = std::move(documentation);
    item.replace = context_.word;
    result_.items.push_back(std::move(item));
    return result_.items.back();
  }

  void keyword(std::string_view word) {
    const auto& fact = keywordFact(word);
    auto& item = add(std::string(word), CompletionItemKind::Keyword, std::string(fact.detail),
                     std::string(fact.documentation));
    if (options_.snippets) {
      item.insertText = std::string(fact.snippet);
      item.snippet = true;
    }
  }

  // --- Members -----------------------------------------------------------------------

  [[nodiscard]] bool hasOtherExtension() const {
    return std::any_of(document_.extensions.begin(), document_.extensions.end(),
                       [&](const model::Extension& extension) {
                         return extension.declared &&
                                (extension.keywordRange.end < context_.word.start ||
                                 extension.keywordRange.start > context_.word.end);
                       });
  }

  /// Whether every annotation written before the member applies to `target`.
  [[nodiscard]] bool pendingAnnotationsAllow(AnnotationTarget target) const {
    return std::all_of(context_.pendingAnnotations.begin(), context_.pendingAnnotations.end(),
                       [&](const std::string& name) {
                         const auto* fact = annotationFact(name);
                         return fact == nullptr || fact->target == target;
                       });
  }

  void members() {
    switch (context_.body) {
    case BodyKind::File:
      if (!hasOtherExtension()) {
        keyword("extension");
      }
      break;
    case BodyKind::Extension: {
      constexpr std::pair<std::string_view, AnnotationTarget> kMembers[] = {
          {"action", AnnotationTarget::Action},
          {"structure", AnnotationTarget::Structure},
          {"entity", AnnotationTarget::Entity},
          {"resource", AnnotationTarget::Resource},
      };
      bool any = false;
      for (const auto& [word, target] : kMembers) {
        any = any || pendingAnnotationsAllow(target);
      }
      for (const auto& [word, target] : kMembers) {
        if (!any || pendingAnnotationsAllow(target)) {
          keyword(word);
        }
      }
      break;
    }
    case BodyKind::Action:
      keyword("input");
      keyword("output");
      break;
    default:
      break; // attribute names are the user's to choose
    }
  }

  // --- Types -------------------------------------------------------------------------

  static std::string csharpSummary(const codegen::CSharpType& type) {
    return "C# type: `" + type.name + "`, default value: `" + type.defaultValue + "`.";
  }

  void basicType(BasicType type) {
    const auto csharp = codegen::csharpType(type);
    add(std::string(model::basicTypeName(type)), CompletionItemKind::Type,
        std::string(model::outSystemsTypeName(type)) + " (C# " + csharp.name + ")",
        "OutSystems type: " + std::string(model::outSystemsTypeName(type)) + ". " +
            std::string(basicTypeMeaning(type)) + "\n\n" + csharpSummary(csharp));
  }

  void generic(std::string_view name, std::string detail, std::string documentation) {
    auto& item = add(std::string(name) + "<…>", CompletionItemKind::Type, std::move(detail),
                     std::move(documentation));
    item.insertText = std::string(name) + "<";
    if (options_.snippets) {
      item.insertText = std::string(name) + "<$1>";
      item.snippet = true;
    }
  }

  void definition(model::DefinitionRef ref) {
    const bool isEntity = ref.kind == model::DefinitionRef::Kind::Entity;
    // As read: neither needs a position (model/shared_list.h).
    const auto& name = model::definitionName(*extension_, ref);
    if (name.empty()) {
      return;
    }
    const auto& description = isEntity ? extension_->entities.asRead(ref.index).description
                                       : extension_->structures.asRead(ref.index).description;
    const auto csharp = codegen::csharpType(
        *extension_, model::ResolvedType{model::TypeKind::Record, BasicType::Text, {ref}});
    std::string documentation;
    if (documents(name)) {
      if (description.present) {
        documentation += description.text;
        documentation += "\n\n";
      }
      documentation += std::string("OutSystems type: Record of the ") +
                       (isEntity ? "entity " : "structure ") + name + ". " + csharpSummary(csharp);
    }
    add(name, isEntity ? CompletionItemKind::Entity : CompletionItemKind::Structure,
        std::string(isEntity ? "entity" : "structure") + " (C# " + csharp.name + ")",
        documentation);
  }

  void definitions() {
    for (uint32_t i = 0; i < extension_->structures.size(); ++i) {
      definition({model::DefinitionRef::Kind::Structure, i});
    }
    for (uint32_t i = 0; i < extension_->entities.size(); ++i) {
      definition({model::DefinitionRef::Kind::Entity, i});
    }
  }

  void identifiedEntities() {
    for (uint32_t i = 0; i < extension_->entities.size(); ++i) {
      const auto& entity = extension_->entities.asRead(i); // as read: no position needed
      if (entity.name.text.empty() || model::identifierOf(entity) == nullptr) {
        continue;
      }
      const auto csharp = codegen::csharpType(
          *extension_, model::ResolvedType{model::TypeKind::Identifier,
                                           BasicType::Text,
                                           {{model::DefinitionRef::Kind::Entity, i}}});
      std::string documentation;
      if (documents(entity.name.text)) {
        if (entity.description.present) {
          documentation += entity.description.text;
          documentation += "\n\n";
        }
        documentation += "OutSystems type: " + entity.name.text +
                         " Identifier (the type of its identifier attribute `" +
                         model::identifierOf(entity)->name.text + "`). " + csharpSummary(csharp);
      }
      add(entity.name.text, CompletionItemKind::Entity,
          entity.name.text + " Identifier (C# " + csharp.name + ")", documentation);
    }
  }

  void recordGeneric() {
    generic("Record", "Record of a join of structures and entities",
            "OutSystems type: Record of several definitions joined (Record<Loan, Borrower>). "
            "C# type: `RC<Names>Record`, default value: `new RC<Names>Record(null)`.");
  }

  void types() {
    if (extension_ == nullptr) {
      return;
    }
    switch (context_.typeSlot) {
    case TypeSlot::Top: {
      const bool entityAttribute = context_.body == BodyKind::Entity;
      for (const auto type : model::allBasicTypes()) {
        if (!(entityAttribute && type == BasicType::Object)) {
          basicType(type);
        }
      }
      if (!entityAttribute) {
        definitions();
        generic("List", "Record List",
                "OutSystems type: Record List of a structure or entity (List<Installment>). "
                "C# type: `RL<Name>RecordList`, default value: `new RL<Name>RecordList()`.");
        recordGeneric();
      }
      generic("Identifier", "the Identifier of an entity",
              "OutSystems type: <Entity> Identifier: the value of an entity's identifier "
              "attribute (Identifier<Loan>). C# type: that attribute's type (`int`, `long` or "
              "`string`); stored as NULL in the database when it holds its default.");
      break;
    }
    case TypeSlot::ListElement:
      definitions();
      recordGeneric();
      break;
    case TypeSlot::RecordMember:
      definitions();
      break;
    case TypeSlot::IdentifierEntity:
      identifiedEntities();
      break;
    }
  }

  // --- Annotations -------------------------------------------------------------------

  [[nodiscard]] bool appliesHere(const AnnotationFact& fact) const {
    if (context_.target == AnnotationTarget::Unknown) {
      // In an extension body before anything: any member's annotation.
      return fact.target == AnnotationTarget::Action || fact.target == AnnotationTarget::Entity ||
             fact.target == AnnotationTarget::Resource;
    }
    return fact.target == context_.target;
  }

  void annotations() {
    for (const auto& fact : annotationFacts()) {
      if (!appliesHere(fact) ||
          std::find(context_.siblingAnnotations.begin(), context_.siblingAnnotations.end(),
                    fact.name) != context_.siblingAnnotations.end()) {
        continue;
      }
      auto& item = add(std::string(fact.name), CompletionItemKind::Annotation,
                       "@" + std::string(fact.name) + std::string(fact.arguments) + " on " +
                           std::string(targetName(fact.target)),
                       std::string(fact.meaning));
      if (options_.snippets && !fact.snippetArguments.empty()) {
        item.insertText = std::string(fact.name) + std::string(fact.snippetArguments);
        item.snippet = true;
      }
    }
  }

  void value(std::string_view label, std::string_view detail, std::string_view documentation) {
    add(std::string(label), CompletionItemKind::Value, std::string(detail),
        std::string(documentation));
  }

  void annotationValues() {
    const auto* fact = annotationFact(context_.annotation);
    if (fact == nullptr || context_.argumentIndex != 0) {
      return;
    }
    for (const auto name : fact->values) {
      value(name, "@" + std::string(fact->name) + "(" + std::string(name) + ")",
            annotationValueMeaning(fact->name, name));
    }
  }

  // --- Paths -------------------------------------------------------------------------

  void paths() {
    if (options_.folder.empty()) {
      return;
    }
    const auto typed = text_.substr(context_.stringContent.start,
                                    context_.stringContent.end - context_.stringContent.start);
    const auto segment = static_cast<uint32_t>(lastSegmentStart(typed));
    const auto listing = listResourcePaths(options_.folder, typed, options_.maxPaths);
    result_.incomplete = listing.incomplete;
    const syntax::ByteRange replace{context_.stringContent.start + segment,
                                    context_.stringContent.end};
    for (const auto& entry : listing.entries) {
      if (entry.folder) {
        auto& item = add(entry.name + "/", CompletionItemKind::Folder, "folder", "");
        item.replace = replace;
      } else {
        const auto deploy = model::deployActionName(model::defaultDeployAction(entry.name));
        auto& item = add(entry.name, CompletionItemKind::File, "file",
                         "Deploy Action by default: " + std::string(deploy) + ".");
        item.replace = replace;
      }
    }
  }

  void icons() {
    if (extension_ == nullptr) {
      return;
    }
    for (const auto& resource : extension_->resources) {
      if (resource.pathText.empty()) {
        continue;
      }
      auto& item = add(resource.pathText, CompletionItemKind::File, "resource",
                       resource.description.present ? resource.description.text : "");
      item.replace = context_.stringContent;
    }
  }

  const model::Document& document_;
  const CursorContext& context_;
  const CompletionOptions& options_;
  const model::Extension* extension_;
  std::string_view text_;
  CompletionResult result_;
};

/// Whether `member` (a child of the extension's body) is complete and well-formed: no
/// error, and closed — a body by its '}' (nothing inside a body ends with one), a
/// resource by its path's closing quote. The recognizer ends in the same state after
/// such a member whatever it holds.
bool isClosedMember(const syntax::SyntaxTree& tree, syntax::SyntaxNode member) {
  return !member.hasError() && syntax::isClosedMember(tree.text(), member);
}

/// piecesAround() for a body that holds no syntax error, reading only the members next
/// to the cursor (a few tree nodes, however many members there are). Without errors,
/// the members before the cursor do not change what the recognizer reads from the one
/// before the cursor on: a body without its `}` ends at the next declaration keyword,
/// as the tree has it, and a string without its `"` at the end of its line. None when
/// the member before the cursor is not closed, or the cursor is past the body.
/// `owned` is what the body's segment owns of the text (syntax_tree.h): the members
/// before it are closed, and it ends with a closed member unless it is the last.
std::optional<std::vector<syntax::ByteRange>> piecesNear(const syntax::SyntaxTree& tree,
                                                         syntax::SyntaxNode body,
                                                         syntax::ByteRange header,
                                                         syntax::ByteRange owned, uint32_t offset) {
  // The first child that does not end before the cursor.
  const auto at = body.firstChildEndingAfter(offset - 1); // offset > header.end > 0
  if (!at) {
    return std::nullopt;
  }
  auto before = at.previousSibling();
  while (before && before.isExtra()) {
    before = before.previousSibling();
  }
  auto start = std::max(header.end, owned.start);
  if (before && before.type() != "{") {
    if (!isClosedMember(tree, before)) {
      return std::nullopt;
    }
    start = before.byteRange().end;
  }
  auto next = at;
  while (next && (next.isExtra() || next.byteRange().start <= offset)) {
    next = next.nextSibling();
  }
  const auto end = next && next.type() != "}" ? next.byteRange().end : owned.end;
  return std::vector<syntax::ByteRange>{header, {start, end}};
}

/// The parts of the text the cursor's context is read from: the extension's header,
/// then the members from the first one that is not followed only by closed members
/// before the cursor, to the end of the first member after the cursor (or the end of
/// the text when a member after it is not closed). The whole text when the file is
/// not one extension with a well-formed header, or the cursor is in that header.
/// On a file of thousands of members this reads a few of them instead of all.
std::vector<syntax::ByteRange> piecesAround(const syntax::SyntaxTree& tree, uint32_t offset) {
  const auto whole = [&] {
    return std::vector<syntax::ByteRange>{{0, static_cast<uint32_t>(tree.text().size())}};
  };
  syntax::SyntaxNode extension;
  // The first tree: the only one, or the first segment of a text cut into segments,
  // which holds the extension's annotations, keyword and name.
  for (const auto& child : tree.root().children()) {
    if (child.isExtra()) {
      continue;
    }
    if (extension || child.type() != "extension_declaration") {
      return whole(); // something besides the one extension
    }
    extension = child;
  }
  const auto body = extension ? extension.childByField("body") : syntax::SyntaxNode();
  if (!body || body.childCount() == 0 || body.child(0).type() != "{") {
    return whole();
  }
  for (const auto& child : extension.children()) {
    if (child.byteRange().start >= body.byteRange().start) {
      break;
    }
    if (child.hasError()) {
      return whole();
    }
  }
  const syntax::ByteRange header{extension.byteRange().start, body.child(0).byteRange().end};
  if (offset < header.end) {
    return whole();
  }
  const bool segmented = tree.segmentCount() > 1;
  // A text in segments has errors only inside its extension's body.
  if (segmented ? !tree.hasError() : !body.hasError()) {
    // The segment of the cursor: its tree holds the extension's header and its own
    // members, the first of them after a closed one.
    const auto segment = tree.segmentAt(offset);
    const auto segmentBody =
        segmented && segment.owned.start > 0 ? segment.root.child(0).childByField("body") : body;
    const bool lastSegment = segment.owned.end >= tree.text().size();
    const syntax::ByteRange owned{segment.owned.start,
                                  lastSegment ? static_cast<uint32_t>(tree.text().size())
                                              : segment.owned.end};
    if (auto near = piecesNear(tree, segmentBody, header, owned, offset)) {
      return std::move(*near);
    }
  }
  // With errors, from the first member on: the closed members that end before the
  // cursor are left out.
  const auto members = segmented ? tree.extensionParts()->bodyChildren : body.children();
  auto start = header.end;
  std::size_t next = 1;
  for (; next < members.size(); ++next) {
    const auto& member = members[next];
    if (member.isExtra()) {
      continue;
    }
    if (member.byteRange().end >= offset || !isClosedMember(tree, member)) {
      break;
    }
    start = member.byteRange().end;
  }
  // Up to the end of the first member that starts after the cursor; what follows may be
  // left out when every member there is closed.
  auto end = static_cast<uint32_t>(tree.text().size());
  for (; next < members.size(); ++next) {
    if (!members[next].isExtra() && members[next].byteRange().start > offset) {
      break;
    }
  }
  if (next < members.size() && members[next].type() != "}") {
    bool closedAfter = true;
    for (auto after = next + 1; after < members.size() && closedAfter; ++after) {
      closedAfter = members[after].isExtra() || members[after].type() == "}" ||
                    isClosedMember(tree, members[after]);
    }
    if (closedAfter) {
      end = members[next].byteRange().end;
    }
  }
  return {header, {start, end}};
}

/// How many structures and entities of `document` are declared inside `pieces`.
std::size_t definitionsIn(const model::Document& document,
                          const std::vector<syntax::ByteRange>& pieces) {
  const auto inside = [&](const syntax::ByteRange& range) {
    return std::any_of(pieces.begin(), pieces.end(), [&](const syntax::ByteRange& piece) {
      return range.start >= piece.start && range.start < piece.end;
    });
  };
  // Where each definition is now without placing it (model::rangeNow): reading every
  // definition where it is would copy each one a keystroke moved (model/shared_list.h).
  const auto countIn = [&](const auto& definitions) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < definitions.size(); ++i) {
      const auto start =
          static_cast<int64_t>(definitions.asRead(i).range.start) + definitions.movedSinceRead(i);
      count += inside({static_cast<uint32_t>(start), static_cast<uint32_t>(start)}) ? 1U : 0U;
    }
    return count;
  };
  std::size_t count = 0;
  for (const auto& extension : document.extensions) {
    count += countIn(extension.structures) + countIn(extension.entities);
  }
  return count;
}

} // namespace

CompletionResult complete(const syntax::SyntaxTree& tree, const model::Analysis& analysis,
                          uint32_t offset, const CompletionOptions& options) {
  const auto pieces =
      options.wholeText
          ? std::vector<syntax::ByteRange>{{0, static_cast<uint32_t>(tree.text().size())}}
          : piecesAround(tree, offset);
  const auto context = cursorContext(tree.text(), offset, pieces);
  const auto definitions = definitionsIn(analysis.document, pieces);
  if (context.expectation == Expectation::Type && definitions < context.writtenDefinitions) {
    // While a type is half-typed, the parser may read the next declaration's keyword
    // as the type (`input P:` then `structure S {…}` gives a parameter of type
    // `structure`), and the model then lacks S. The types offered then come from the
    // text with a type written at the cursor, as it will be once the user has chosen
    // (a reparse and a model: only when definitions are missing, as it costs more
    // than the rest).
    auto repaired = tree.snapshot();
    repaired.applyEdit({context.word, "Text" + std::string(context.openAngles, '>')});
    const model::Analysis repairedAnalysis(repaired);
    return Builder(tree.text(), repairedAnalysis, context, options, offset).build();
  }
  return Builder(tree.text(), analysis, context, options, offset).build();
}

} // namespace oxt::features
