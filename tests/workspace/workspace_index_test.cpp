// The workspace index: summaries of files on disk and open, and duplicate extensions.
#include <atomic>
#include <fstream>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "workspace/cross_file_checks.h"
#include "workspace/folder_scan.h"
#include "workspace/workspace.h"

using namespace oxt::workspace;

TEST_CASE("a summary holds the extension name and its position in any encoding") {
  const oxt::syntax::SyntaxTree tree("/// é𝄞\n  extension Café {}\n");
  const auto summary = summarize("/w/a.oxt", tree);
  CHECK(summary.extensionName == "Café");
  const auto utf16 = namePosition(summary, oxt::syntax::PositionEncoding::Utf16);
  CHECK(utf16.start == oxt::syntax::Position{1, 12});
  CHECK(utf16.end == oxt::syntax::Position{1, 16});
  CHECK(namePosition(summary, oxt::syntax::PositionEncoding::Utf8).end.character == 17);
}

TEST_CASE("a summary of a file on disk lists its declarations, positioned in any encoding") {
  const oxt::syntax::SyntaxTree tree(
      "extension Shop {\n  /* 𝄞 */ action Pay { input Sum: Text }\n}\n");
  CHECK(summarize("/w/a.oxt", tree).declarations.empty()); // open documents: not needed
  const auto summary = summarize("/w/a.oxt", tree, SummaryDetail::WithDeclarations);
  REQUIRE(summary.declarations.size() == 3);
  const auto& pay = summary.declarations[1];
  CHECK(pay.name == "Pay");
  CHECK(pay.container == "Shop");
  CHECK(pay.kind == oxt::model::SymbolKind::Action);
  const auto utf16 = namePosition(pay, oxt::syntax::PositionEncoding::Utf16);
  CHECK(utf16.start == oxt::syntax::Position{1, 18});
  CHECK(utf16.end == oxt::syntax::Position{1, 21});
  CHECK(namePosition(pay, oxt::syntax::PositionEncoding::Utf8).start.character == 20);
  CHECK(summary.declarations[2].container == "Pay");
}

TEST_CASE("the index lists the files on disk that are not open") {
  WorkspaceIndex index;
  index.updateOnDisk(summarize("/w/a.oxt", oxt::syntax::SyntaxTree("extension A {}")));
  index.updateOnDisk(summarize("/w/b.oxt", oxt::syntax::SyntaxTree("extension B {}")));
  index.updateOpen(summarize("/w/a.oxt", oxt::syntax::SyntaxTree("extension A2 {}")));
  const auto files = index.filesNotOpen();
  REQUIRE(files.size() == 1);
  CHECK(files[0]->extensionName == "B");
}

TEST_CASE("open documents hide their file on disk; duplicates ignore case") {
  Workspace workspace;
  workspace.addFolder("/w");
  workspace.index().updateOnDisk(
      summarize("/w/a.oxt", oxt::syntax::SyntaxTree("extension Shop {}")));
  workspace.index().updateOnDisk(
      summarize("/w/b.oxt", oxt::syntax::SyntaxTree("extension SHOP {}")));
  workspace.open("/w/a.oxt", 1, "extension Store {}");
  CHECK(workspace.index().size() == 2);
  CHECK(workspace.crossFileDiagnosticsOf("/w/a.oxt").empty());

  std::vector<std::string> notes;
  workspace.change("/w/a.oxt", 2, {ContentChange{PositionRange{{0, 10}, {0, 15}}, "shop"}},
                   oxt::syntax::PositionEncoding::Utf16, notes);
  const auto duplicates = workspace.crossFileDiagnosticsOf("/w/a.oxt");
  REQUIRE(duplicates.size() == 1);
  CHECK(duplicates[0].diagnostic.code == kDuplicateExtensionCode);
  CHECK(duplicates[0].diagnostic.range == oxt::syntax::ByteRange{10, 14});
  REQUIRE(duplicates[0].elsewhere.size() == 1);
  CHECK(duplicates[0].elsewhere[0].file.path == "/w/b.oxt");

  workspace.removeFolder("/w");
  CHECK(workspace.crossFileDiagnosticsOf("/w/a.oxt").empty());
}

TEST_CASE("a folder scan finds .oxt files, skips build output, and can be cancelled") {
  const auto root = std::filesystem::temp_directory_path() / "oxt-scan-test";
  std::filesystem::remove_all(root);
  std::filesystem::create_directories(root / "sub");
  std::filesystem::create_directories(root / "build");
  std::ofstream(root / "sub/A.oxt") << "extension A {}";
  std::ofstream(root / "build/B.oxt") << "extension B {}";
  std::ofstream(root / "notes.txt") << "x";
  std::atomic<bool> cancel{false};
  const auto result = scanFolder(root, 100, cancel, nullptr);
  REQUIRE(result.files.size() == 1);
  CHECK(result.files[0].extensionName == "A");
  cancel = true;
  CHECK(scanFolder(root, 100, cancel, nullptr).cancelled);
  std::filesystem::remove_all(root);
}

TEST_CASE("a folder scan leaves to the editor the files it opens while the scan runs") {
  const auto root = std::filesystem::temp_directory_path() / "oxt-scan-opened-test";
  std::filesystem::remove_all(root);
  std::filesystem::create_directories(root);
  for (const auto* name : {"A", "B", "C", "D"}) {
    std::ofstream(root / (std::string(name) + ".oxt")) << "extension " << name << " {}";
  }
  std::atomic<bool> cancel{false};
  EditorFiles editorFiles({root / "A.oxt"}); // open when the scan started
  // After the first file read (B), the editor opens C.
  const auto result = scanFolder(
      root, 100, cancel,
      [&](uint32_t done, uint32_t /*total*/) {
        if (done == 2) {
          editorFiles.opened(root / "C.oxt");
        }
      },
      editorFiles);
  REQUIRE(result.files.size() == 2);
  CHECK(result.files[0].extensionName == "B");
  CHECK(result.files[1].extensionName == "D");
  // Listed, so that one closed before the result is taken in is read from disk then.
  CHECK(result.leftToEditor == std::vector<std::filesystem::path>{root / "A.oxt", root / "C.oxt"});
  std::filesystem::remove_all(root);
}

TEST_CASE("a file the editor opens while the scan parses it is abandoned mid-parse") {
  EditorFiles editorFiles;
  CHECK(editorFiles.startReading("/w/Big.oxt"));
  editorFiles.opened("/w/Other.oxt");
  CHECK(editorFiles.abandonFlag().load() == 0); // another file: the parse goes on
  editorFiles.opened("/w/Big.oxt");
  CHECK(editorFiles.abandonFlag().load() != 0);        // the one being parsed: it stops
  CHECK_FALSE(editorFiles.startReading("/w/Big.oxt")); // and is not read again
  CHECK(editorFiles.startReading("/w/Next.oxt"));
  CHECK(editorFiles.abandonFlag().load() == 0); // the next file's parse is not stopped
}
