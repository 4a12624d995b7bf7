// The properties every document must have, whatever its bytes: the shared body of
// the document fuzzer (libFuzzer, `fuzz` preset) and of the regression test that
// replays saved inputs in the normal test suite.
//
// For any input: parsing, building the model, running every check, formatting,
// completion and hover finish without crashing; a formatted document formats to
// itself and has the same syntax tree and the same model (model_comparison.h) as the
// original; a text without syntax errors generates its C# sources into memory, the
// formatted text generates the same bytes, and merging the generated `<Ext>.cs` with
// its own extension changes nothing; incremental edits (the input split
// into pieces typed one after another) give the tree a fresh parse gives (for a
// text with errors: a tree that has errors too, as recovery may differ); and the
// text cut into tiny segments gives, when it has no error, the model and the
// diagnostics of one tree.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace oxt::fuzz {

/// Why `bytes` breaks a property, or nothing when all hold.
[[nodiscard]] std::optional<std::string> documentPropertyViolation(std::string_view bytes);

} // namespace oxt::fuzz
