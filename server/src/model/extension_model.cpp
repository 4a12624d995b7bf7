#include "model/extension_model.h"

#include <array>
#include <stdexcept>

#include "model/literals.h"
#include "model/names.h"

namespace oxt::model {

const Annotation* findAnnotation(const std::vector<Annotation>& annotations,
                                 std::string_view name) {
  for (const auto& annotation : annotations) {
    if (annotation.name.text == name) {
      return &annotation;
    }
  }
  return nullptr;
}

std::optional<std::string> stringArgument(const Annotation& annotation) {
  if (annotation.arguments.empty() || annotation.arguments.front().kind != LiteralKind::String) {
    return std::nullopt;
  }
  return decodeString(annotation.arguments.front().text).value;
}

Dbms dbmsOf(const Extension& extension) {
  const auto* dbms = findAnnotation(extension.annotations, "dbms");
  if (dbms == nullptr || dbms->arguments.empty()) {
    return Dbms::All;
  }
  const auto& value = dbms->arguments.front().text;
  if (value == "SqlServer") {
    return Dbms::SqlServer;
  }
  if (value == "Oracle") {
    return Dbms::Oracle;
  }
  return Dbms::All;
}

bool isFunction(const Action& action) { return hasAnnotation(action.annotations, "function"); }

std::optional<std::string> tableNameOf(const Entity& entity) {
  const auto* table = findAnnotation(entity.annotations, "table");
  return table != nullptr ? stringArgument(*table) : std::nullopt;
}

bool isMandatory(const TypedElement& element) { return !element.optionalMarker; }

const Attribute* identifierOf(const Entity& entity) {
  for (const auto& attribute : entity.attributes) {
    if (hasAnnotation(attribute.annotations, "identifier")) {
      return &attribute;
    }
  }
  return nullptr;
}

std::string_view fileNameOf(const Resource& resource) {
  std::string_view path = resource.pathText;
  const auto slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

DeployAction defaultDeployAction(std::string_view fileName) {
  const auto dot = fileName.rfind('.');
  const auto extension =
      foldCase(dot == std::string_view::npos ? std::string_view() : fileName.substr(dot + 1));
  constexpr std::array<std::string_view, 4> kBinaries{"dll", "config", "manifest", "jar"};
  constexpr std::array<std::string_view, 4> kApplication{"css", "js", "asmx", "aspx"};
  constexpr std::array<std::string_view, 10> kImages{"bmp",  "eps", "jpg", "jpeg", "gif",
                                                     "tiff", "tif", "ico", "png",  "svg"};
  const auto in = [&](const auto& list) {
    for (const auto& entry : list) {
      if (entry == extension) {
        return true;
      }
    }
    return false;
  };
  if (in(kBinaries)) {
    return DeployAction::Binaries;
  }
  if (in(kApplication)) {
    return DeployAction::Application;
  }
  if (in(kImages)) {
    return DeployAction::Images;
  }
  return DeployAction::Ignore;
}

DeployAction deployActionOf(const Resource& resource) {
  if (const auto* deploy = findAnnotation(resource.annotations, "deploy");
      deploy != nullptr && deploy->arguments.size() == 1) {
    const auto& value = deploy->arguments.front().text;
    for (const auto action : {DeployAction::Binaries, DeployAction::Application,
                              DeployAction::Images, DeployAction::Ignore}) {
      if (value == deployActionName(action)) {
        return action;
      }
    }
  }
  return defaultDeployAction(fileNameOf(resource));
}

std::string_view deployActionName(DeployAction action) {
  switch (action) {
  case DeployAction::Binaries:
    return "Binaries";
  case DeployAction::Application:
    return "Application";
  case DeployAction::Images:
    return "Images";
  case DeployAction::Ignore:
    return "Ignore";
  }
  return "Ignore";
}

const std::string& definitionName(const Extension& extension, DefinitionRef ref) {
  const auto asRead = [&ref](const auto& definitions) -> const std::string& {
    if (ref.index >= definitions.size()) {
      throw std::out_of_range("definitionName");
    }
    return definitions.asRead(ref.index).name.text;
  };
  return ref.kind == DefinitionRef::Kind::Structure ? asRead(extension.structures)
                                                    : asRead(extension.entities);
}

} // namespace oxt::model
