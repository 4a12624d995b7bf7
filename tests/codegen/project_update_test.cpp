// Writing the project on disk: the layout beside the `.oxt` file, backups before
// any overwrite, nothing rewritten when nothing changed, the developer's project
// references kept, and nothing written when `<Ext>.cs` cannot be merged.
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "codegen/project_files.h"
#include "codegen/project_update.h"
#include "codegen_test_support.h"

namespace {

namespace fs = std::filesystem;
using oxt::codegen::FileOutcome;
using oxt::codegen::UpdateReport;

const char* const kV1 = R"(extension Shop {
    action Price {
        input Quantity: Integer
        output Total: Currency
    }
})";

const char* const kV2 = R"(extension Shop {
    action Price {
        input Quantity: Integer
        input Country: Text
        output Total: Currency
    }
})";

UpdateReport update(const fs::path& folder, const char* definition, const char* timestamp) {
  auto result = oxt::codegen::updateProject(folder / "Shop.oxt", oxt::test::extensionOf(definition),
                                            {timestamp});
  if (auto* error = std::get_if<oxt::codegen::UpdateError>(&result)) {
    FAIL(error->message);
  }
  return std::get<UpdateReport>(std::move(result));
}

FileOutcome outcomeOf(const UpdateReport& report, const std::string& relative) {
  for (const auto& change : report.files) {
    if (change.path.lexically_relative(report.folder).generic_string() == relative) {
      return change.outcome;
    }
  }
  FAIL("no change for " << relative);
  return FileOutcome::Unchanged;
}

} // namespace

TEST_CASE("the first generation creates Source/NET and Templates/NET beside the .oxt file") {
  oxt::test::ScratchFolder scratch;
  const auto report = update(scratch.path(), kV1, "2024-01-31_13-45-00");
  CHECK(report.folder == scratch.path() / "Shop");
  CHECK(report.files.size() == 18);
  for (const auto& change : report.files) {
    CHECK(change.outcome == FileOutcome::Created);
    CHECK(!change.backup);
  }
  const auto files = oxt::test::filesUnder(scratch.path() / "Shop");
  CHECK(files.count("Source/NET/Shop.cs") == 1);
  CHECK(files.count("Templates/NET/Shop.cs") == 1);
  CHECK(files.count("Source/NET/Shop.sln") == 1);
  CHECK(!fs::exists(scratch.path() / "Shop" / "Backups"));
}

TEST_CASE("generating again without a change writes nothing") {
  oxt::test::ScratchFolder scratch;
  (void)update(scratch.path(), kV1, "2024-01-31_13-45-00");
  const auto report = update(scratch.path(), kV1, "2024-01-31_13-46-00");
  for (const auto& change : report.files) {
    CHECK(change.outcome == FileOutcome::Unchanged);
  }
  CHECK(!fs::exists(scratch.path() / "Shop" / "Backups"));
}

TEST_CASE("an update backs up each file it overwrites, merges <Ext>.cs and refreshes the "
          "templates") {
  oxt::test::ScratchFolder scratch;
  (void)update(scratch.path(), kV1, "2024-01-31_13-45-00");
  const auto implementation = scratch.path() / "Shop/Source/NET/Shop.cs";
  auto code = oxt::test::readBytes(implementation);
  const std::string todo = "// TODO: Write implementation for action";
  code.replace(code.find(todo), todo.size(), "ssTotal = ssQuantity * 9.99M;");
  oxt::test::writeBytes(implementation, code);

  const auto report = update(scratch.path(), kV2, "2024-02-01_08-00-00");
  CHECK(outcomeOf(report, "Source/NET/Shop.cs") == FileOutcome::Merged);
  CHECK(outcomeOf(report, "Source/NET/Interface.cs") == FileOutcome::Rewritten);
  CHECK(outcomeOf(report, "Source/NET/Structures.cs") == FileOutcome::Unchanged);
  CHECK(outcomeOf(report, "Templates/NET/Shop.cs") == FileOutcome::Rewritten);
  CHECK(report.implementation.updated == std::vector<std::string>{"MssPrice"});

  const auto backups = oxt::test::filesUnder(scratch.path() / "Shop/Backups");
  CHECK(backups.size() == 2);
  REQUIRE(backups.count("Shop.2024-02-01_08-00-00.cs") == 1);
  CHECK(backups.at("Shop.2024-02-01_08-00-00.cs") == code);
  CHECK(backups.count("Interface.2024-02-01_08-00-00.cs") == 1);

  const auto merged = oxt::test::readBytes(implementation);
  CHECK(merged.find("public void MssPrice(int ssQuantity, string ssCountry, out decimal ssTotal) "
                    "{\r\n\t\t\tssTotal = 0.0M;\r\n\t\t\tssTotal = ssQuantity * 9.99M;\r\n") !=
        std::string::npos);
  const auto templateCode = oxt::test::readBytes(scratch.path() / "Shop/Templates/NET/Shop.cs");
  CHECK(templateCode.find(todo) != std::string::npos);
}

TEST_CASE("a second backup in the same second gets a name of its own") {
  oxt::test::ScratchFolder scratch;
  (void)update(scratch.path(), kV1, "2024-01-31_13-45-00");
  (void)update(scratch.path(), kV2, "2024-01-31_13-45-00");
  (void)update(scratch.path(), kV1, "2024-01-31_13-45-00");
  const auto backups = oxt::test::filesUnder(scratch.path() / "Shop/Backups");
  CHECK(backups.count("Interface.2024-01-31_13-45-00.cs") == 1);
  CHECK(backups.count("Interface.2024-01-31_13-45-00_1.cs") == 1);
}

TEST_CASE("references the developer added to the csproj are kept") {
  oxt::test::ScratchFolder scratch;
  (void)update(scratch.path(), kV1, "2024-01-31_13-45-00");
  const auto project = scratch.path() / "Shop/Source/NET/Shop.csproj";
  auto bytes = oxt::test::readBytes(project);
  const std::string marker(oxt::codegen::kAddNewProjectMarker);
  const std::string added = "\t\t<Reference Include=\"Acme.Finance\">\r\n"
                            "\t\t\t<HintPath>Bin\\Acme.Finance.dll</HintPath>\r\n"
                            "\t\t</Reference>\r\n";
  bytes.insert(bytes.find(marker) + marker.size() + 2, added);
  oxt::test::writeBytes(project, bytes);
  const auto report = update(scratch.path(), kV2, "2024-02-01_08-00-00");
  CHECK(outcomeOf(report, "Source/NET/Shop.csproj") == FileOutcome::Unchanged);
  CHECK(oxt::test::readBytes(project) == bytes);
}

TEST_CASE("an <Ext>.cs that cannot be merged stops the update before anything is written") {
  oxt::test::ScratchFolder scratch;
  (void)update(scratch.path(), kV1, "2024-01-31_13-45-00");
  const auto implementation = scratch.path() / "Shop/Source/NET/Shop.cs";
  oxt::test::writeBytes(implementation, oxt::test::readBytes(implementation) + "}\r\n");
  const auto before = oxt::test::filesUnder(scratch.path() / "Shop");
  auto result = oxt::codegen::updateProject(scratch.path() / "Shop.oxt",
                                            oxt::test::extensionOf(kV2), {"2024-02-01_08-00-00"});
  REQUIRE(std::holds_alternative<oxt::codegen::UpdateError>(result));
  const auto& message = std::get<oxt::codegen::UpdateError>(result).message;
  CHECK(message.find("cannot update ") == 0);
  CAPTURE(message);
  CHECK(message.find("Shop.cs: line 25: this '}' closes no '{'; nothing was written") !=
        std::string::npos);
  CHECK(oxt::test::filesUnder(scratch.path() / "Shop") == before);
}

TEST_CASE("backup names put the time before the file's extension") {
  CHECK(oxt::codegen::backupName("Entities.cs", "2023-07-19_12-01-16") ==
        "Entities.2023-07-19_12-01-16.cs");
  CHECK(oxt::codegen::backupName("Shop.csproj", "T") == "Shop.T.csproj");
  const auto stamp = oxt::codegen::backupTimestamp(std::chrono::system_clock::now());
  CHECK(stamp.size() == 19);
  CHECK(stamp[10] == '_');
}

// Safe writes (docs/codegen.md): nothing is written outside `<dir of .oxt>/<Ext>`,
// whatever symbolic links lie on the way, and what a killed run left is cleaned.

namespace {

std::string refusalOf(const fs::path& folder, const char* definition) {
  auto result = oxt::codegen::updateProject(folder / "Shop.oxt", oxt::test::extensionOf(definition),
                                            {"2024-01-31_13-45-00"});
  REQUIRE(std::holds_alternative<oxt::codegen::UpdateError>(result));
  return std::get<oxt::codegen::UpdateError>(result).message;
}

} // namespace

TEST_CASE("an extension folder that is a symbolic link out of the .oxt's folder is refused") {
  oxt::test::ScratchFolder scratch;
  const auto project = scratch.path() / "project";
  const auto elsewhere = scratch.path() / "elsewhere";
  fs::create_directories(project);
  fs::create_directories(elsewhere);
  fs::create_directory_symlink(elsewhere, project / "Shop");
  const auto message = refusalOf(project, kV1);
  CHECK(message.find("refusing to write '" + (project / "Shop").string() + "': it is outside '" +
                     project.string() + "' (a symbolic link leads to '" + elsewhere.string() +
                     "')") == 0);
  CHECK(fs::is_empty(elsewhere));
}

TEST_CASE("a folder inside the project that links out is refused before anything is written") {
  oxt::test::ScratchFolder scratch;
  const auto elsewhere = scratch.path() / "elsewhere";
  fs::create_directories(scratch.path() / "Shop" / "Source");
  fs::create_directories(elsewhere);
  fs::create_directory_symlink(elsewhere, scratch.path() / "Shop" / "Source" / "NET");
  const auto message = refusalOf(scratch.path(), kV1);
  CHECK(message.find("refusing to write '" + (scratch.path() / "Shop/Source/NET").string()) == 0);
  CHECK(message.find("it is outside '" + (scratch.path() / "Shop").string() + "'") !=
        std::string::npos);
  CHECK(fs::is_empty(elsewhere));
  CHECK_FALSE(fs::exists(scratch.path() / "Shop" / "Templates")); // nothing written at all
}

TEST_CASE("a generated file that is a symbolic link out is refused, and its target untouched") {
  oxt::test::ScratchFolder scratch;
  (void)update(scratch.path(), kV1, "2024-01-31_13-45-00");
  const auto outside = scratch.path() / "outside.cs";
  oxt::test::writeBytes(outside, "not yours");
  const auto interface = scratch.path() / "Shop/Source/NET/Interface.cs";
  fs::remove(interface);
  fs::create_symlink(outside, interface);
  const auto message = refusalOf(scratch.path(), kV2);
  CHECK(message.find("refusing to write '" + interface.string() + "'") == 0);
  CHECK(oxt::test::readBytes(outside) == "not yours");
}

TEST_CASE("temporary files a killed generation left are removed by the next one") {
  oxt::test::ScratchFolder scratch;
  (void)update(scratch.path(), kV1, "2024-01-31_13-45-00");
  // What a process with a pid no process has left (pids stop far below 2^30).
  const auto leftover = scratch.path() / "Shop/Source/NET/.Interface.cs.oxt-tmp-1073741000-AbCdEf";
  oxt::test::writeBytes(leftover, "half a fi");
  (void)update(scratch.path(), kV2, "2024-02-01_08-00-00");
  CHECK_FALSE(fs::exists(leftover));
}
