#include "features/hover.h"

#include "codegen/action_methods.h"
#include "codegen/csharp_types.h"
#include "features/language_facts.h"
#include "model/shift_ranges.h"
#include "model/type_resolution.h"

namespace oxt::features {

namespace {

using model::ByteRange;

bool contains(ByteRange range, uint32_t offset) {
  return range.start <= offset && offset < range.end;
}

std::string yesNo(bool value) { return value ? "Yes" : "No"; }

/// Removes the backquotes that mark code, for plain text.
std::string plain(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c != '`') {
      out += c;
    }
  }
  return out;
}

class HoverFinder {
public:
  HoverFinder(const syntax::SyntaxTree& tree, const model::Document& document, uint32_t offset)
      : text_(tree.text()), document_(document), offset_(offset) {}

  std::optional<HoverInfo> find() {
    for (const auto& extension : document_.extensions) {
      extension_ = &extension;
      if (auto hover = inExtension(extension)) {
        return hover;
      }
    }
    return std::nullopt;
  }

private:
  [[nodiscard]] std::string source(ByteRange range) const {
    if (range.end > text_.size() || range.start > range.end) {
      return {};
    }
    return text_.substr(range.start, range.end - range.start);
  }

  static void describe(HoverInfo& hover, const model::Description& description) {
    if (description.present && !description.text.empty()) {
      hover.paragraphs.push_back(description.text);
    }
  }

  std::optional<HoverInfo> annotations(const std::vector<model::Annotation>& list) {
    for (const auto& annotation : list) {
      if (!contains(annotation.range, offset_)) {
        continue;
      }
      HoverInfo hover;
      hover.range = annotation.range;
      hover.code = source(annotation.range);
      const auto* fact = annotationFact(annotation.name.text);
      if (fact == nullptr) {
        hover.paragraphs.emplace_back("`@" + annotation.name.text +
                                      "` is not an annotation of the language.");
        return hover;
      }
      hover.paragraphs.push_back("`@" + std::string(fact->name) + std::string(fact->arguments) +
                                 "` on " + std::string(targetName(fact->target)) + ". " +
                                 std::string(fact->meaning));
      for (const auto& argument : annotation.arguments) {
        const auto meaning = annotationValueMeaning(fact->name, argument.text);
        if (!meaning.empty()) {
          hover.paragraphs.push_back("`" + argument.text + "`: " + std::string(meaning));
        }
      }
      return hover;
    }
    return std::nullopt;
  }

  // --- Types -------------------------------------------------------------------------

  /// "Loan and Borrower".
  [[nodiscard]] std::string definitionList(const std::vector<model::DefinitionRef>& refs) const {
    std::string out;
    for (std::size_t i = 0; i < refs.size(); ++i) {
      if (i > 0) {
        out += i + 1 == refs.size() ? " and " : ", ";
      }
      out += model::definitionName(*extension_, refs[i]);
    }
    return out;
  }

  std::optional<HoverInfo> type(const model::TypeExpr& type) {
    if (!contains(type.range, offset_) || type.form == model::TypeForm::Missing) {
      return std::nullopt;
    }
    for (const auto& inner : type.inner) {
      if (auto hover = this->type(inner)) {
        return hover;
      }
    }
    HoverInfo hover;
    hover.range = type.range;
    hover.code = source(type.range);
    const auto resolved = model::resolvedTypeOf(type);
    if (type.form == model::TypeForm::Basic) {
      hover.paragraphs.push_back(
          "OutSystems type: " + std::string(model::outSystemsTypeName(type.basic)) + ". " +
          std::string(basicTypeMeaning(type.basic)));
    } else if (type.form == model::TypeForm::Named && type.target) {
      const bool entity = type.target->kind == model::DefinitionRef::Kind::Entity;
      const auto& description = entity ? extension_->entities[type.target->index].description
                                       : extension_->structures[type.target->index].description;
      describe(hover, description);
      hover.paragraphs.push_back(std::string("OutSystems type: Record of the ") +
                                 (entity ? "entity " : "structure ") + type.name.text + ".");
    } else if (resolved.kind == model::TypeKind::RecordList) {
      hover.paragraphs.push_back("OutSystems type: Record List of " +
                                 definitionList(resolved.definitions) + ".");
    } else if (resolved.kind == model::TypeKind::Record) {
      hover.paragraphs.push_back("OutSystems type: Record of " +
                                 definitionList(resolved.definitions) + " (a join).");
    } else if (resolved.kind == model::TypeKind::Identifier) {
      hover.paragraphs.push_back(
          "OutSystems type: " + model::definitionName(*extension_, resolved.definitions.front()) +
          " Identifier: the value of the entity's identifier attribute.");
    } else {
      hover.paragraphs.push_back("`" + hover.code +
                                 "` is not a type of this extension: a basic type, a structure, "
                                 "an entity, List<…>, Record<…> or Identifier<…>.");
      return hover;
    }
    const auto csharp = codegen::csharpType(*extension_, resolved);
    hover.paragraphs.push_back("C# type: `" + csharp.name + "`, default value: `" +
                               csharp.defaultValue + "`.");
    return hover;
  }

  // --- Declarations ------------------------------------------------------------------

  std::optional<HoverInfo> inExtension(const model::Extension& extension) {
    if (auto hover = annotations(extension.annotations)) {
      return hover;
    }
    if (contains(extension.name.range, offset_) || contains(extension.keywordRange, offset_)) {
      HoverInfo hover;
      hover.range = extension.name.range;
      hover.code = "extension " + extension.name.text;
      describe(hover, extension.description);
      std::string dbms = "All";
      if (const auto* annotation = model::findAnnotation(extension.annotations, "dbms");
          annotation != nullptr && !annotation->arguments.empty()) {
        dbms = annotation->arguments.front().text;
      }
      hover.paragraphs.push_back(
          "OutSystems extension: " + std::to_string(extension.actions.size()) + " action(s), " +
          std::to_string(extension.structures.size()) + " structure(s), " +
          std::to_string(extension.entities.size()) + " entity(ies), " +
          std::to_string(extension.resources.size()) + " resource(s). DBMS: " + dbms + ".");
      hover.csharp = "namespace " + codegen::namespaceName(extension) + "\npublic class " +
                     codegen::implementationClassName(extension) + ": " +
                     codegen::interfaceName(extension);
      return hover;
    }
    // Only the members the offset is in: everything looked at lies inside them, and
    // reading the others would copy every one an edit moved (shared_list.h).
    const auto actions = model::membersAround(extension.actions, offset_);
    for (auto i = actions.first; i < actions.last; ++i) {
      if (!contains(model::rangeNow(extension.actions, i), offset_)) {
        continue;
      }
      if (auto hover = inAction(extension.actions[i])) {
        return hover;
      }
    }
    const auto structures = model::membersAround(extension.structures, offset_);
    for (auto i = static_cast<uint32_t>(structures.first); i < structures.last; ++i) {
      const auto& structure = extension.structures[i];
      if (auto hover = definition(structure.annotations, structure.name, structure.keywordRange,
                                  structure.description, structure.attributes,
                                  {model::DefinitionRef::Kind::Structure, i})) {
        return hover;
      }
    }
    const auto entities = model::membersAround(extension.entities, offset_);
    for (auto i = static_cast<uint32_t>(entities.first); i < entities.last; ++i) {
      const auto& entity = extension.entities[i];
      if (auto hover =
              definition(entity.annotations, entity.name, entity.keywordRange, entity.description,
                         entity.attributes, {model::DefinitionRef::Kind::Entity, i})) {
        return hover;
      }
    }
    const auto resources = model::membersAround(extension.resources, offset_);
    for (auto i = resources.first; i < resources.last; ++i) {
      const auto& resource = extension.resources[i];
      if (auto hover = annotations(resource.annotations)) {
        return hover;
      }
      if (contains(resource.keywordRange, offset_) || contains(resource.path.range, offset_)) {
        HoverInfo hover;
        hover.range = resource.path.range;
        hover.code = "resource " + resource.path.text;
        describe(hover, resource.description);
        const bool explicitDeploy = model::hasAnnotation(resource.annotations, "deploy");
        hover.paragraphs.push_back(
            "OutSystems resource `" + std::string(model::fileNameOf(resource)) +
            "`, Deploy Action: " +
            std::string(model::deployActionName(model::deployActionOf(resource))) +
            (explicitDeploy ? " (@deploy)." : " (the default for its file type)."));
        return hover;
      }
    }
    return std::nullopt;
  }

  std::optional<HoverInfo> inAction(const model::Action& action) {
    if (auto hover = annotations(action.annotations)) {
      return hover;
    }
    if (contains(action.name.range, offset_) || contains(action.keywordRange, offset_)) {
      HoverInfo hover;
      hover.range = action.name.range;
      hover.code = "action " + action.name.text;
      describe(hover, action.description);
      std::size_t inputs = 0;
      for (const auto& parameter : action.parameters) {
        inputs += parameter.direction == model::Direction::Input ? 1 : 0;
      }
      hover.paragraphs.push_back(
          "OutSystems action: Function = " + yesNo(model::isFunction(action)) + ", " +
          std::to_string(inputs) + " input(s), " +
          std::to_string(action.parameters.size() - inputs) + " output(s).");
      hover.csharp = methodDeclaration(action);
      return hover;
    }
    for (const auto& parameter : action.parameters) {
      if (auto hover = annotations(parameter.annotations)) {
        return hover;
      }
      if (auto hover = type(parameter.type)) {
        return hover;
      }
      if (contains(parameter.name.range, offset_) || contains(parameter.directionRange, offset_)) {
        const bool output = parameter.direction == model::Direction::Output;
        HoverInfo hover;
        hover.range = parameter.name.range;
        hover.code = elementCode(output ? "output " : "input ", parameter);
        describe(hover, parameter.description);
        hover.paragraphs.push_back(std::string("OutSystems ") + (output ? "output" : "input") +
                                   " parameter of " + action.name.text +
                                   ", Mandatory: " + yesNo(model::isMandatory(parameter)) + "." +
                                   defaultText(parameter));
        const auto csharp = codegen::csharpType(*extension_, parameter.resolved);
        hover.csharp = (output ? "out " : "") + csharp.name + " ss" + parameter.name.text;
        return hover;
      }
    }
    return std::nullopt;
  }

  std::optional<HoverInfo> definition(const std::vector<model::Annotation>& annotationList,
                                      const model::Name& name, ByteRange keyword,
                                      const model::Description& description,
                                      const std::vector<model::Attribute>& attributes,
                                      model::DefinitionRef ref) {
    const bool entity = ref.kind == model::DefinitionRef::Kind::Entity;
    if (auto hover = annotations(annotationList)) {
      return hover;
    }
    if (contains(name.range, offset_) || contains(keyword, offset_)) {
      HoverInfo hover;
      hover.range = name.range;
      hover.code = std::string(entity ? "entity " : "structure ") + name.text;
      describe(hover, description);
      std::string meaning = std::string("OutSystems ") + (entity ? "entity" : "structure") +
                            " with " + std::to_string(attributes.size()) + " attribute(s).";
      if (entity) {
        const auto& model = extension_->entities[ref.index];
        if (const auto table = model::tableNameOf(model)) {
          meaning += " Physical Table Name: `" + *table + "`.";
        }
        if (const auto* database = model::findAnnotation(model.annotations, "database")) {
          if (const auto value = model::stringArgument(*database)) {
            meaning += " Logical Database: `" + *value + "`.";
          }
        }
        if (const auto* identifier = model::identifierOf(model)) {
          meaning += " Identifier: " + identifier->name.text + ".";
        }
      }
      hover.paragraphs.push_back(meaning);
      const auto record = codegen::csharpType(
          *extension_, model::ResolvedType{model::TypeKind::Record, model::BasicType::Text, {ref}});
      const auto list = codegen::csharpType(
          *extension_,
          model::ResolvedType{model::TypeKind::RecordList, model::BasicType::Text, {ref}});
      hover.csharp = codegen::definitionTypeName(*extension_, ref) + ", " + record.name +
                     " (Record), " + list.name + " (Record List)";
      return hover;
    }
    for (const auto& attribute : attributes) {
      if (auto hover = annotations(attribute.annotations)) {
        return hover;
      }
      if (auto hover = type(attribute.type)) {
        return hover;
      }
      if (contains(attribute.name.range, offset_)) {
        HoverInfo hover;
        hover.range = attribute.name.range;
        hover.code = elementCode("", attribute);
        describe(hover, attribute.description);
        std::string meaning = std::string("OutSystems ") + (entity ? "entity" : "structure") +
                              " attribute of " + name.text +
                              ", Mandatory: " + yesNo(model::isMandatory(attribute)) + "." +
                              defaultText(attribute);
        if (entity) {
          if (model::hasAnnotation(attribute.annotations, "identifier")) {
            meaning += " The entity's Identifier.";
          }
          if (model::hasAnnotation(attribute.annotations, "autoNumber")) {
            meaning += " Auto Number.";
          }
          if (const auto* column = model::findAnnotation(attribute.annotations, "column")) {
            if (const auto value = model::stringArgument(*column)) {
              meaning += " Original Name: `" + *value + "`.";
            }
          }
        }
        hover.paragraphs.push_back(meaning);
        const auto csharp = codegen::csharpType(*extension_, attribute.resolved);
        hover.csharp = "public " + csharp.name + " ss" + attribute.name.text + ";";
        return hover;
      }
    }
    return std::nullopt;
  }

  [[nodiscard]] std::string elementCode(const std::string& prefix,
                                        const model::TypedElement& element) const {
    std::string code = prefix + element.name.text + (element.optionalMarker ? "?" : "") + ": " +
                       source(element.type.range);
    if (element.defaultValue) {
      code += " = " + element.defaultValue->text;
    }
    return code;
  }

  [[nodiscard]] std::string defaultText(const model::TypedElement& element) const {
    const auto csharp = codegen::csharpType(*extension_, element.resolved);
    if (const auto value = codegen::defaultValueExpression(element, csharp)) {
      return " Default value: `" + element.defaultValue->text + "` (C# `" + *value + "`).";
    }
    return " Default value: the type's, C# `" + csharp.defaultValue + "`.";
  }

  /// The method declaration the generator writes, without its doc comment and `{`:
  /// the last line of codegen's implementation header.
  [[nodiscard]] std::string methodDeclaration(const model::Action& action) const {
    auto header = codegen::implementationHeader(*extension_, action);
    const auto lineStart = header.rfind('\n');
    auto line = lineStart == std::string::npos ? header : header.substr(lineStart + 1);
    const auto first = line.find_first_not_of('\t');
    line = first == std::string::npos ? line : line.substr(first);
    if (line.size() >= 2 && line.compare(line.size() - 2, 2, " {") == 0) {
      line.resize(line.size() - 2);
    }
    return line;
  }

  const std::string& text_;
  const model::Document& document_;
  uint32_t offset_;
  const model::Extension* extension_ = nullptr;
};

} // namespace

std::optional<HoverInfo> hoverAt(const syntax::SyntaxTree& tree, const model::Analysis& analysis,
                                 uint32_t offset) {
  return HoverFinder(tree, analysis.document, offset).find();
}

std::string renderHover(const HoverInfo& hover, bool markdown) {
  std::string out;
  if (markdown) {
    out += "```oxt\n" + hover.code + "\n```";
    for (const auto& paragraph : hover.paragraphs) {
      out += "\n\n" + paragraph;
    }
    if (!hover.csharp.empty()) {
      out += "\n\n```csharp\n" + hover.csharp + "\n```";
    }
    return out;
  }
  out += hover.code;
  for (const auto& paragraph : hover.paragraphs) {
    out += "\n\n" + plain(paragraph);
  }
  if (!hover.csharp.empty()) {
    out += "\n\nC#: " + hover.csharp;
  }
  return out;
}

} // namespace oxt::features
