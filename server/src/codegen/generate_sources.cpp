#include "codegen/generate_sources.h"

#include <map>

#include "codegen/action_methods.h"
#include "codegen/csharp_text.h"
#include "codegen/csharp_types.h"
#include "codegen/project_files.h"
#include "codegen/record_files.h"
#include "model/names.h"

namespace oxt::codegen {

namespace {

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

std::optional<CodegenError> badName(std::string_view what, const model::Name& name) {
  if (isSafeName(name.text)) {
    return std::nullopt;
  }
  return CodegenError{std::string(what) + " name " + quoted(name.text) +
                      " cannot be a C# name (a letter, then letters, digits or '_')"};
}

std::optional<CodegenError> badElement(std::string_view what, std::string_view owner,
                                       const model::TypedElement& element) {
  if (auto problem = badName(what, element.name)) {
    problem->message += " in " + std::string(owner);
    return problem;
  }
  if (element.resolved.kind == model::TypeKind::Invalid) {
    return CodegenError{std::string(what) + " " + quoted(element.name.text) + " of " +
                        std::string(owner) + " has no valid type"};
  }
  return std::nullopt;
}

/// Two definitions of one kind whose names differ only in case, or two record
/// types that would get the same C# name.
std::optional<CodegenError> duplicateNames(const model::Extension& extension) {
  std::map<std::string, std::string> actions;
  for (const auto& action : extension.actions) {
    if (!actions.emplace(model::foldCase(action.name.text), action.name.text).second) {
      return CodegenError{"two actions are named " + quoted(action.name.text)};
    }
  }
  std::map<std::string, std::vector<model::DefinitionRef>> records;
  for (const auto& members : recordTypes(extension)) {
    const auto name = "RC" + recordBaseName(extension, members) + "Record";
    auto [place, added] = records.emplace(model::foldCase(name), members);
    if (!added) {
      return CodegenError{"two record types would both be named " + quoted(name)};
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<CodegenError> findUngeneratable(const model::Extension& extension) {
  if (!extension.declared) {
    return CodegenError{"the file declares no extension"};
  }
  if (auto problem = badName("extension", extension.name)) {
    return problem;
  }
  for (const auto& action : extension.actions) {
    if (auto problem = badName("action", action.name)) {
      return problem;
    }
    for (const auto& parameter : action.parameters) {
      if (auto problem = badElement("parameter", "action " + quoted(action.name.text), parameter)) {
        return problem;
      }
    }
  }
  for (const auto& structure : extension.structures) {
    if (auto problem = badName("structure", structure.name)) {
      return problem;
    }
    for (const auto& attribute : structure.attributes) {
      if (auto problem =
              badElement("attribute", "structure " + quoted(structure.name.text), attribute)) {
        return problem;
      }
    }
  }
  for (const auto& entity : extension.entities) {
    if (auto problem = badName("entity", entity.name)) {
      return problem;
    }
    for (const auto& attribute : entity.attributes) {
      if (auto problem = badElement("attribute", "entity " + quoted(entity.name.text), attribute)) {
        return problem;
      }
    }
  }
  return duplicateNames(extension);
}

std::variant<std::vector<SourceFile>, CodegenError>
generateSources(const model::Extension& extension) {
  if (auto problem = findUngeneratable(extension)) {
    return *problem;
  }
  const auto& name = extension.name.text;
  return std::vector<SourceFile>{
      {{name + ".sln", solutionFile(extension)}, FileRole::Generated},
      {{name + ".csproj", projectFile(extension)}, FileRole::Generated},
      {{name + ".cs", implementationFile(extension)}, FileRole::Implementation},
      {{"Interface.cs", interfaceFile(extension)}, FileRole::Generated},
      {{"Structures.cs", structuresFile(extension)}, FileRole::Generated},
      {{"Entities.cs", entitiesFile(extension)}, FileRole::Generated},
      {{"Records.cs", recordsFile(extension)}, FileRole::Generated},
      {{"RecordLists.cs", recordListsFile(extension)}, FileRole::Generated},
      {{"AssemblyInfo.cs", assemblyInfoFile()}, FileRole::Generated},
  };
}

} // namespace oxt::codegen
