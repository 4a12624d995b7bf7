// The properties of reading the developer's `<Ext>.cs`, whatever its bytes: the
// shared body of the C# fuzzer (libFuzzer, `fuzz` preset) and of the regression test
// that replays saved inputs in the normal test suite.
//
// The C# text is checked against the extensions of the repository's examples and
// fixtures (the one whose class `Css<Ext>` the text names, else the first): reading
// the class (tree-sitter C#) finishes and gives methods whose names are where it says;
// comparing it with the definition (the diagnostics OXT0101–OXT0103) finishes;
// renaming a method gives edits inside the text, in order; and when the merge accepts
// the text, merging its result again changes nothing (an update is idempotent) and
// the result still has every action's method.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/extension_model.h"

namespace oxt::fuzz {

/// The declared extensions of every `.oxt` file under examples/ and
/// tests/fixtures/codegen/ of the repository at `sourceDir`, in a fixed order.
[[nodiscard]] std::vector<model::Extension>
exampleExtensions(const std::filesystem::path& sourceDir);

/// Why `bytes`, as the `<Ext>.cs` of one of `extensions`, breaks a property, or
/// nothing when all hold.
[[nodiscard]] std::optional<std::string>
csharpPropertyViolation(std::string_view bytes, const std::vector<model::Extension>& extensions);

} // namespace oxt::fuzz
