#include <catch2/catch_test_macros.hpp>

#include <nlohmann/json.hpp>

#include "publish/dir_target.h"
#include "publish/package.h"
#include "publish/publish_extension.h"
#include "publish/sha256.h"
#include "publish_test_support.h"

using namespace oxt::publish;
using oxt::publish::test::copyExample;
using oxt::publish::test::publishFile;
using oxt::publish::test::RecordingProgress;
using oxt::publish::test::ScratchFolder;
using oxt::publish::test::snapshot;
using oxt::publish::test::testConfig;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) { return std::get<std::string>(oxt::readFile(path)); }

void write(const fs::path& path, const std::string& text) {
  REQUIRE_FALSE(oxt::writeFileAtomically(path, text));
}

/// Inserts `statement` as the first line of the first method body of `file`;
/// returns the 1-based line it is on.
uint32_t breakFirstMethod(const fs::path& file, const std::string& statement) {
  auto text = read(file);
  const auto method = text.find("public void Mss");
  REQUIRE(method != std::string::npos);
  const auto brace = text.find('{', method);
  const auto lineEnd = text.find('\n', brace);
  text.insert(lineEnd + 1, statement + "\n");
  write(file, text);
  return static_cast<uint32_t>(
             std::count(text.begin(), text.begin() + static_cast<long>(lineEnd) + 1, '\n')) +
         1;
}

} // namespace

TEST_CASE("an example is published to a dir target, stage by stage, and listed back") {
  ScratchFolder scratch;
  const auto oxtFile = copyExample("MortgageLib", scratch.path());
  const auto config = testConfig(scratch.path());
  RecordingProgress progress;
  const std::atomic<bool> cancel{false};
  const auto report = publishFile(oxtFile, config, progress, cancel);
  INFO(summaryOf(report));
  REQUIRE(report.ok());
  CHECK(progress.stages == std::vector<Stage>(kStages.begin(), kStages.end()));
  CHECK(std::is_sorted(progress.percentages.begin(), progress.percentages.end()));
  CHECK(progress.percentages.back() == 100);

  const auto root = scratch.path() / "platform";
  const auto folder = root / "MortgageLib" / "1.0.0";
  CHECK(report.published == folder.string());
  CHECK(summaryOf(report) == "MortgageLib 1.0.0 published to 'local' (" + folder.string() + ")");
  const auto stored = folder / "MortgageLib-1.0.0.oxtpkg";
  REQUIRE(fs::exists(stored));
  CHECK(sha256OfFile(stored) == report.packageSha256);
  CHECK(sha256OfFile(report.package) == report.packageSha256); // the local package stays

  // Every entry of the package is in its manifest with its SHA-256.
  const auto manifest = nlohmann::json::parse(read(folder / "manifest.json"));
  CHECK(manifest["extension"] == "MortgageLib");
  CHECK(manifest["version"] == "1.0.0");
  auto names = packageEntries(stored);
  CHECK(names.front() == "manifest.json");
  names.erase(names.begin());
  std::vector<std::string> listed;
  for (const auto& entry : manifest["entries"]) {
    listed.push_back(entry["path"]);
    CHECK(sha256Hex(*readPackageEntry(stored, entry["path"])) == entry["sha256"]);
  }
  CHECK(listed == names);
  const auto has = [&](const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  CHECK(has("MortgageLib.oxt"));
  CHECK(has("Source/NET/MortgageLib.cs"));
  CHECK(has("bin/MortgageLib.dll"));
  CHECK(has("Resources/icons/mortgage.ico"));
  CHECK(manifest["resources"][1]["deploy"] == "Images");
  CHECK_FALSE(manifest["actions"].empty());
  CHECK(manifest["actions"][0]["signature"].get<std::string>().find('(') != std::string::npos);

  auto versions = listVersions(root, "");
  REQUIRE(std::holds_alternative<std::vector<PublishedVersion>>(versions));
  const auto& list = std::get<std::vector<PublishedVersion>>(versions);
  REQUIRE(list.size() == 1);
  CHECK(list[0].extension == "MortgageLib");
  CHECK(list[0].version == "1.0.0");
  CHECK(list[0].sha256 == report.packageSha256);
  // Nothing of the staging is left behind.
  for (const auto& entry : fs::directory_iterator(root)) {
    CHECK_FALSE(entry.path().filename().string().starts_with("."));
  }
}

TEST_CASE("a version that is already published is refused unless forced") {
  ScratchFolder scratch;
  const auto oxtFile = copyExample("MortgageLib", scratch.path());
  const auto config = testConfig(scratch.path());
  REQUIRE(publishFile(oxtFile, config).ok());
  const auto before = snapshot(scratch.path() / "platform");

  const auto again = publishFile(oxtFile, config);
  REQUIRE_FALSE(again.ok());
  CHECK(again.failure->stage == Stage::Verify);
  CHECK(again.failure->message.find("MortgageLib 1.0.0 is already published to 'local'") == 0);
  CHECK(again.failure->message.find("--force") != std::string::npos);
  CHECK(snapshot(scratch.path() / "platform") == before);

  const auto forced = publishFile(oxtFile, config, /*force=*/true);
  INFO(summaryOf(forced));
  REQUIRE(forced.ok());
  auto versions = std::get<std::vector<PublishedVersion>>(
      listVersions(scratch.path() / "platform", "MortgageLib"));
  CHECK(versions.size() == 1);
}

TEST_CASE("a compile error stops the publish with the error on the C# line") {
  ScratchFolder scratch;
  const auto oxtFile = copyExample("MortgageLib", scratch.path());
  auto config = testConfig(scratch.path());
  // A first version, published: the target is not empty.
  const auto first = publishFile(oxtFile, config);
  REQUIRE(first.ok());
  const auto before = snapshot(scratch.path() / "platform");
  const auto package = first.package;
  const auto packageBefore = read(package);

  auto text = read(oxtFile);
  text.replace(text.find("@version(\"1.0.0\")"), 17, "@version(\"1.1.0\")");
  write(oxtFile, text);
  const auto implementation =
      oxtFile.parent_path() / "MortgageLib" / "Source" / "NET" / "MortgageLib.cs";
  const auto line = breakFirstMethod(implementation, "            int broken = undefinedRate;");

  const auto report = publishFile(oxtFile, config);
  REQUIRE_FALSE(report.ok());
  CHECK(report.failure->stage == Stage::Compile);
  CHECK(report.failure->message.find("The compiler exited with errors.") == 0);
  REQUIRE_FALSE(report.compilerMessages.empty());
  const auto& error = report.compilerMessages.front();
  CHECK(error.file == implementation);
  CHECK(error.line == line);
  CHECK(error.code == "CS0103");
  CHECK(error.error);
  CHECK(fs::exists(report.compileLog));
  CHECK(snapshot(scratch.path() / "platform") == before);
  CHECK(read(package) == packageBefore);
}

TEST_CASE("an extension without @version is not published, and says how to add one") {
  ScratchFolder scratch;
  const auto oxtFile = copyExample("MortgageLib", scratch.path());
  auto text = read(oxtFile);
  text.erase(text.find("@version(\"1.0.0\")"), 17);
  write(oxtFile, text);
  const auto report = publishFile(oxtFile, testConfig(scratch.path()));
  REQUIRE_FALSE(report.ok());
  CHECK(report.failure->stage == Stage::Verify);
  CHECK(report.failure->message.find("MortgageLib has no version: add @version(\"1.0.0\")") == 0);
  CHECK_FALSE(fs::exists(scratch.path() / "platform"));
}

TEST_CASE("an extension with errors is not published") {
  ScratchFolder scratch;
  const auto oxtFile = copyExample("MortgageLib", scratch.path());
  write(oxtFile, read(oxtFile) + "\naction Stray {\n  input X: Nonsense\n}\n");
  const auto report = publishFile(oxtFile, testConfig(scratch.path()));
  REQUIRE_FALSE(report.ok());
  CHECK(report.failure->stage == Stage::Verify);
  CHECK(report.failure->message.find("MortgageLib.oxt has") == 0);
  CHECK_FALSE(report.diagnostics.empty());
  CHECK_FALSE(fs::exists(oxtFile.parent_path() / "MortgageLib" / "Source"));
}

TEST_CASE("an unwritable dir target fails at Upload, naming the folder; the package stays") {
  ScratchFolder scratch;
  const auto oxtFile = copyExample("MortgageLib", scratch.path());
  auto config = testConfig(scratch.path());
  // A file where a folder should be: unwritable even for root (permissions are not).
  write(scratch.path() / "blocked", "a file\n");
  config.targets.front().path = scratch.path() / "blocked" / "platform";
  const auto report = publishFile(oxtFile, config);
  REQUIRE_FALSE(report.ok());
  CHECK(report.failure->stage == Stage::Upload);
  CHECK(report.failure->message.find("cannot create the target folder '" +
                                     config.targets.front().path.string() + "'") == 0);
  CHECK(read(scratch.path() / "blocked") == "a file\n");
  CHECK(fs::exists(report.package));
}

TEST_CASE("a cancel during Upload leaves the target as it was and the package in place") {
  ScratchFolder scratch;
  const auto oxtFile = copyExample("MortgageLib", scratch.path());
  const auto config = testConfig(scratch.path());
  fs::create_directories(scratch.path() / "platform" / "Other" / "0.1.0");
  write(scratch.path() / "platform" / "Other" / "0.1.0" / "manifest.json", "{}\n");
  const auto before = snapshot(scratch.path() / "platform");
  std::atomic<bool> cancel{false};
  RecordingProgress progress(&cancel, Stage::Upload);
  const auto report = publishFile(oxtFile, config, progress, cancel);
  REQUIRE_FALSE(report.ok());
  CHECK(report.failure->cancelled);
  CHECK(report.failure->stage == Stage::Upload);
  CHECK(summaryOf(report).find("Publish cancelled at Upload") == 0);
  CHECK(snapshot(scratch.path() / "platform") == before);
  CHECK(fs::exists(report.package));
}

TEST_CASE("a cancel between stages stops before the next one") {
  ScratchFolder scratch;
  const auto oxtFile = copyExample("MortgageLib", scratch.path());
  std::atomic<bool> cancel{false};
  RecordingProgress progress(&cancel, Stage::UpdateSource);
  const auto report = publishFile(oxtFile, testConfig(scratch.path()), progress, cancel);
  REQUIRE_FALSE(report.ok());
  CHECK(report.failure->cancelled);
  CHECK(report.failure->stage == Stage::Compile);
  CHECK_FALSE(fs::exists(scratch.path() / "platform"));
}

TEST_CASE("a dry run packs but leaves the target alone") {
  ScratchFolder scratch;
  const auto oxtFile = copyExample("MortgageLib", scratch.path());
  RecordingProgress progress;
  const std::atomic<bool> cancel{false};
  const auto report =
      publishFile(oxtFile, testConfig(scratch.path()), progress, cancel, false, true);
  INFO(summaryOf(report));
  REQUIRE(report.ok());
  CHECK(fs::exists(report.package));
  CHECK(report.published.empty());
  CHECK(progress.stages.back() == Stage::Pack);
  CHECK_FALSE(fs::exists(scratch.path() / "platform"));
  CHECK(summaryOf(report).find("dry run") != std::string::npos);
}

TEST_CASE("a cancel during Compile stops the compiler; the target is not touched") {
  ScratchFolder scratch;
  const auto oxtFile = copyExample("MortgageLib", scratch.path());
  std::atomic<bool> cancel{false};
  RecordingProgress progress(&cancel, Stage::Compile);
  const auto report = publishFile(oxtFile, testConfig(scratch.path()), progress, cancel);
  REQUIRE_FALSE(report.ok());
  CHECK(report.failure->cancelled);
  CHECK(report.failure->stage == Stage::Compile);
  CHECK(report.failure->message == "cancelled while compiling");
  CHECK(report.package.empty());
  CHECK_FALSE(fs::exists(scratch.path() / "platform"));
}
