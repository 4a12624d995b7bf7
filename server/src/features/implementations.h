// Where each action is implemented: the method `Mss<Action>` in the developer's
// `<Ext>.cs`, read with the C# grammar (codegen/csharp_reader). Hover says whether an
// action is implemented, code lens "Open implementation" and "Go to Implementation"
// go there.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/analysis.h"

namespace oxt::features {

struct ActionImplementation {
  const model::Action* action = nullptr;
  std::string method;         // "MssCalculateMortgage"
  std::filesystem::path file; // <dir>/<Ext>/Source/NET/<Ext>.cs
  uint32_t line = 0;          // 1-based line of the method's name; 0 when it has none
};

/// Every named action of the file's extensions whose project exists (`<Ext>.cs` is
/// on disk), with where its method is, if anywhere. Empty for an unsaved buffer.
[[nodiscard]] std::vector<ActionImplementation>
actionImplementations(const model::Analysis& analysis, const std::filesystem::path& oxtFile);

/// The entry of the action whose name holds byte `offset`.
[[nodiscard]] std::optional<ActionImplementation>
implementationAt(const model::Analysis& analysis, const std::filesystem::path& oxtFile,
                 uint32_t offset);

/// A sentence for hover: "Implemented in `Shop.cs`, line 16." or "Not implemented:
/// `Shop.cs` has no method `MssPrice` …".
[[nodiscard]] std::string implementationSentence(const ActionImplementation& implementation);

} // namespace oxt::features
