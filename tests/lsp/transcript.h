// Transcript tests: a file of client messages and the server messages expected in
// answer, played against an in-process LspServer (tests/lsp/README.md).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace oxt::test {

/// Whether `actual` matches `expected`, where the string "${any}" in `expected`
/// matches any value. On a mismatch, `where` names the first differing place.
bool jsonMatches(const nlohmann::json& expected, const nlohmann::json& actual, std::string& where);

struct TranscriptResult {
  std::vector<std::string> failures; // empty when the transcript passed
};

/// Plays the transcript at `file`, in a fresh temporary workspace folder.
[[nodiscard]] TranscriptResult runTranscript(const std::filesystem::path& file);

} // namespace oxt::test
