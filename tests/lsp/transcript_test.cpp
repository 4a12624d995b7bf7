// Every transcript of tests/lsp/transcripts, played against an in-process server.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "../support/test_files.h"
#include "transcript.h"

namespace {

const std::filesystem::path kFolder = oxt::test::sourceDir() / "tests/lsp/transcripts";

// The transcripts that have a test case below.
const std::set<std::string> kPlayed{
    "lifecycle.lsp", "exit_without_shutdown.lsp", "errors.lsp", "incremental_utf16.lsp",
    "incremental_utf8.lsp", "cancellation.lsp", "configuration_pull.lsp", "configuration_push.lsp",
    "watched_files.lsp", "workspace_folders.lsp", "coalescing_and_trace.lsp",
    "pull_diagnostics.lsp",
    // Editing features (issue 6).
    "code_actions.lsp", "formatting.lsp", "completion.lsp", "completion_plain.lsp",
    "completion_resolve.lsp", "completion_resolve_items.lsp", "hover.lsp", "hover_plain.lsp",
    "document_symbols.lsp", "document_symbols_flat.lsp", "workspace_symbols.lsp",
    "folding_selection.lsp", "semantic_tokens.lsp", "semantic_tokens_utf8.lsp",
    // C# sources from the editor (issue 7).
    "generate_sources.lsp", "project_read_later.lsp",
    // 1-Click Publish (issue 8).
    "publish.lsp",
    // Navigation.
    "definition_references.lsp", "rename.lsp", "code_lens.lsp", "document_links.lsp"};

void play(const std::string& name) {
  REQUIRE(kPlayed.contains(name));
  REQUIRE(std::filesystem::exists(kFolder / name));
  const auto result = oxt::test::runTranscript(kFolder / name);
  for (const auto& failure : result.failures) {
    FAIL_CHECK(failure);
  }
  CHECK(result.failures.empty());
}

} // namespace

TEST_CASE("every transcript file has a test case") {
  for (const auto& entry : std::filesystem::directory_iterator(kFolder)) {
    CHECK(kPlayed.contains(entry.path().filename().string()));
  }
}

TEST_CASE("transcript: lifecycle") { play("lifecycle.lsp"); }
TEST_CASE("transcript: exit without shutdown") { play("exit_without_shutdown.lsp"); }
TEST_CASE("transcript: errors") { play("errors.lsp"); }
TEST_CASE("transcript: incremental edits in UTF-16") { play("incremental_utf16.lsp"); }
TEST_CASE("transcript: incremental edits in UTF-8") { play("incremental_utf8.lsp"); }
TEST_CASE("transcript: cancellation") { play("cancellation.lsp"); }
TEST_CASE("transcript: configuration pulled") { play("configuration_pull.lsp"); }
TEST_CASE("transcript: configuration pushed") { play("configuration_push.lsp"); }
TEST_CASE("transcript: watched files") { play("watched_files.lsp"); }
TEST_CASE("transcript: two workspace folders") { play("workspace_folders.lsp"); }
TEST_CASE("transcript: coalescing and trace") { play("coalescing_and_trace.lsp"); }
TEST_CASE("transcript: pull diagnostics") { play("pull_diagnostics.lsp"); }
TEST_CASE("transcript: code actions") { play("code_actions.lsp"); }
TEST_CASE("transcript: formatting") { play("formatting.lsp"); }
TEST_CASE("transcript: generate sources") { play("generate_sources.lsp"); }
TEST_CASE("transcript: the file's own diagnostics before its project is read") {
  play("project_read_later.lsp");
}
TEST_CASE("transcript: publish") { play("publish.lsp"); }
TEST_CASE("transcript: completion") { play("completion.lsp"); }
TEST_CASE("transcript: completion without snippets or Markdown") { play("completion_plain.lsp"); }
TEST_CASE("transcript: completion documentation resolved item by item") {
  play("completion_resolve.lsp");
}
TEST_CASE("transcript: completion resolved, without item defaults") {
  play("completion_resolve_items.lsp");
}
TEST_CASE("transcript: hover") { play("hover.lsp"); }
TEST_CASE("transcript: hover in plain text") { play("hover_plain.lsp"); }
TEST_CASE("transcript: document symbols") { play("document_symbols.lsp"); }
TEST_CASE("transcript: document symbols, flat") { play("document_symbols_flat.lsp"); }
TEST_CASE("transcript: workspace symbols") { play("workspace_symbols.lsp"); }
TEST_CASE("transcript: folding and selection ranges") { play("folding_selection.lsp"); }
TEST_CASE("transcript: semantic tokens") { play("semantic_tokens.lsp"); }
TEST_CASE("transcript: semantic tokens in UTF-8") { play("semantic_tokens_utf8.lsp"); }
TEST_CASE("transcript: definition and references") { play("definition_references.lsp"); }
TEST_CASE("transcript: rename") { play("rename.lsp"); }
TEST_CASE("transcript: code lens") { play("code_lens.lsp"); }
TEST_CASE("transcript: document links") { play("document_links.lsp"); }

TEST_CASE("a transcript whose expectation is wrong fails") {
  // The runner itself must be able to fail: play a transcript with a wrong answer.
  const auto file = std::filesystem::temp_directory_path() / "oxt-wrong-transcript.lsp";
  {
    std::ofstream out(file);
    out << "--> {\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}\n"
        << "<-- {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":null}\n";
  }
  const auto result = oxt::test::runTranscript(file);
  std::filesystem::remove(file);
  REQUIRE(result.failures.size() == 1);
  CHECK(result.failures.front().find("-32002") != std::string::npos);
}

TEST_CASE("json matching masks ${any} and nothing else") {
  using nlohmann::json;
  std::string where;
  CHECK(oxt::test::jsonMatches(json::parse(R"({"a":"${any}","b":[1]})"),
                               json::parse(R"({"a":{"x":1},"b":[1]})"), where));
  CHECK_FALSE(oxt::test::jsonMatches(json::parse(R"({"b":[1]})"), json::parse(R"({"a":1,"b":[1]})"),
                                     where));
  CHECK_FALSE(
      oxt::test::jsonMatches(json::parse(R"({"b":[1]})"), json::parse(R"({"b":[2]})"), where));
  CHECK(where == ".b[0]: expected 1, got 2");
}
