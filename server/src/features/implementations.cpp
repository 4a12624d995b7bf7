#include "features/implementations.h"

#include <memory>
#include <optional>
#include <utility>

#include "codegen/action_methods.h"
#include "codegen/csharp_reader.h"
#include "codegen/implementation_check.h"
#include "model/names.h"
#include "model/shift_ranges.h"

namespace oxt::features {

namespace {

/// An extension's `<Ext>.cs`: where it is, and the file as read (shared, cached).
struct Project {
  std::filesystem::path file;
  std::shared_ptr<const codegen::CSharpFile> source;
};

/// The project of `extension`, once generated and readable.
std::optional<Project> projectOf(const model::Extension& extension,
                                 const std::filesystem::path& oxtFile) {
  auto file = codegen::generatedImplementation(oxtFile, extension);
  if (!file) {
    return std::nullopt;
  }
  auto source = codegen::readCSharpFile(*file, codegen::implementationClassName(extension));
  if (!source) {
    return std::nullopt;
  }
  return Project{std::move(*file), std::move(source)};
}

/// Where `action` is implemented in `source`, the `<Ext>.cs` at `file`: a look-up by
/// name, so that the code lenses of 5,000 actions are not 5,000 searches of 5,000
/// methods.
ActionImplementation entryOf(const model::Action& action, const std::filesystem::path& file,
                             const codegen::CSharpFile& source) {
  ActionImplementation entry{&action, codegen::methodName(action), file, 0};
  if (const auto* method = source.method(entry.method)) {
    entry.line = method->line;
  }
  return entry;
}

} // namespace

std::vector<ActionImplementation> actionImplementations(const model::Analysis& analysis,
                                                        const std::filesystem::path& oxtFile) {
  std::vector<ActionImplementation> result;
  for (const auto& extension : analysis.document.extensions) {
    const auto project = projectOf(extension, oxtFile);
    if (!project) {
      continue; // no project yet
    }
    for (const auto& action : extension.actions) {
      if (model::isValidName(action.name.text)) {
        result.push_back(entryOf(action, project->file, *project->source));
      }
    }
  }
  return result;
}

std::optional<ActionImplementation> implementationAt(const model::Analysis& analysis,
                                                     const std::filesystem::path& oxtFile,
                                                     uint32_t offset) {
  for (const auto& extension : analysis.document.extensions) {
    const auto around = model::membersAround(extension.actions, offset);
    for (auto i = around.first; i < around.last; ++i) {
      // The name lies inside the action: only the action at the offset is read where it
      // is, not every one an edit moved (model/shared_list.h).
      const auto range = model::rangeNow(extension.actions, i);
      if (offset < range.start || offset > range.end) {
        continue;
      }
      const auto& action = extension.actions[i];
      if (action.name.range.start <= offset && offset <= action.name.range.end) {
        const auto project = projectOf(extension, oxtFile);
        if (!project || !model::isValidName(action.name.text)) {
          return std::nullopt;
        }
        return entryOf(action, project->file, *project->source);
      }
    }
  }
  return std::nullopt;
}

std::string implementationSentence(const ActionImplementation& implementation) {
  const auto file = implementation.file.filename().string();
  if (implementation.line == 0) {
    return "Not implemented: `" + file + "` has no method `" + implementation.method +
           "` (Generate C# sources adds its stub).";
  }
  return "Implemented in `" + file + "`, line " + std::to_string(implementation.line) + ".";
}

} // namespace oxt::features
