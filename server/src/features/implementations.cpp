#include "features/implementations.h"

#include <variant>

#include "codegen/action_methods.h"
#include "codegen/csharp_reader.h"
#include "codegen/implementation_check.h"
#include "model/names.h"
#include "model/shift_ranges.h"
#include "support/file_io.h"

namespace oxt::features {

std::vector<ActionImplementation> actionImplementations(const model::Analysis& analysis,
                                                        const std::filesystem::path& oxtFile) {
  std::vector<ActionImplementation> result;
  if (oxtFile.empty()) {
    return result;
  }
  for (const auto& extension : analysis.document.extensions) {
    if (!extension.declared || !model::isValidName(extension.name.text)) {
      continue;
    }
    const auto file = codegen::implementationPath(oxtFile, extension);
    const auto read = codegen::readCSharpFile(file, codegen::implementationClassName(extension));
    if (!read) {
      continue; // no project yet
    }
    const auto& found = read->found;
    for (const auto& action : extension.actions) {
      if (!model::isValidName(action.name.text)) {
        continue;
      }
      ActionImplementation entry{&action, codegen::methodName(action), file, 0};
      for (const auto& method : found ? found->methods : std::vector<codegen::CSharpMethod>{}) {
        if (method.name == entry.method) {
          entry.line = method.line;
          break;
        }
      }
      result.push_back(std::move(entry));
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
        for (auto& entry : actionImplementations(analysis, oxtFile)) {
          if (entry.action == &action) {
            return entry;
          }
        }
        return std::nullopt;
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
