// Safe writes of a dir target (docs/publishing.md): a version appears complete or
// not at all, stays inside the target whatever links lie in it, replaces an old
// version in one step, and what a killed publish left is repaired by the next.
#include <algorithm>
#include <atomic>
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include "../support/scratch_folder.h"
#include "publish/dir_target.h"
#include "publish/package.h"
#include "publish/sha256.h"
#include "support/atomic_write.h"
#include "support/file_io.h"

using namespace oxt::publish;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) { return std::get<std::string>(oxt::readFile(path)); }

/// The pid of a process that has ended (a child that exited at once).
pid_t endedPid() {
  const pid_t child = ::fork();
  if (child == 0) {
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}

/// A package file of `bytes` for Shop `version` in `folder`, staged into `root`.
Staged stage(const fs::path& folder, const fs::path& root, const std::string& version,
             const std::string& bytes) {
  const auto package = folder / packageFileName("Shop", version);
  REQUIRE_FALSE(oxt::writeFileAtomically(package, bytes));
  const std::atomic<bool> cancel{false};
  auto staged =
      stageInDir(UploadJob{root, package, "{\"version\": \"" + version + "\"}\n", sha256Hex(bytes)},
                 cancel, nullptr);
  REQUIRE(std::holds_alternative<Staged>(staged));
  return std::get<Staged>(staged);
}

std::vector<std::string> namesIn(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

} // namespace

TEST_CASE("a forced publish replaces the version in place and leaves nothing beside it") {
  oxt::test::TemporaryFolder scratch;
  const auto root = scratch.path() / "platform";
  REQUIRE(std::holds_alternative<fs::path>(
      commitInDir(stage(scratch.path(), root, "1.0.0", "old package"), "Shop", "1.0.0", false)));
  REQUIRE(std::holds_alternative<fs::path>(
      commitInDir(stage(scratch.path(), root, "1.0.0", "new package"), "Shop", "1.0.0", true)));
  CHECK(read(root / "Shop/1.0.0/Shop-1.0.0.oxtpkg") == "new package");
  CHECK(namesIn(root) == std::vector<std::string>{"Shop", "index.json"});
  CHECK(namesIn(root / "Shop/1.0.0") ==
        std::vector<std::string>{"Shop-1.0.0.oxtpkg", "Shop-1.0.0.oxtpkg.sha256", "manifest.json"});
}

TEST_CASE("an extension folder in the target that links out of it is refused") {
  oxt::test::TemporaryFolder scratch;
  const auto root = scratch.path() / "platform";
  const auto elsewhere = scratch.path() / "elsewhere";
  fs::create_directories(root);
  fs::create_directories(elsewhere);
  fs::create_directory_symlink(elsewhere, root / "Shop");
  auto committed =
      commitInDir(stage(scratch.path(), root, "1.0.0", "bytes"), "Shop", "1.0.0", false);
  REQUIRE(std::holds_alternative<TargetError>(committed));
  CHECK(std::get<TargetError>(committed).message.find(
            "refusing to write '" + (root / "Shop/1.0.0").string() + "': it is outside '" +
            root.string() + "'") == 0);
  CHECK(fs::is_empty(elsewhere));
  CHECK(namesIn(root) == std::vector<std::string>{"Shop"}); // the staged copy is gone
}

TEST_CASE("an extension name or version that is not one folder name is refused") {
  oxt::test::TemporaryFolder scratch;
  const auto root = scratch.path() / "platform";
  for (const auto& [extension, version] :
       std::vector<std::pair<std::string, std::string>>{{"..", "1.0.0"},
                                                        {"Shop", "../../1.0.0"},
                                                        {"Shop", "/tmp/1.0.0"},
                                                        {".hidden", "1.0.0"}}) {
    INFO(extension << " " << version);
    auto committed =
        commitInDir(stage(scratch.path(), root, "1.0.0", "bytes"), extension, version, false);
    REQUIRE(std::holds_alternative<TargetError>(committed));
    CHECK(std::get<TargetError>(committed).message.find("must each be a folder name") !=
          std::string::npos);
  }
  CHECK_FALSE(fs::exists(root)); // as it was: the staging created it and removed it
}

TEST_CASE("the next publish repairs what a killed one left in the target") {
  oxt::test::TemporaryFolder scratch;
  const auto root = scratch.path() / "platform";
  REQUIRE(std::holds_alternative<fs::path>(
      commitInDir(stage(scratch.path(), root, "1.0.0", "first"), "Shop", "1.0.0", false)));
  const auto dead = std::to_string(endedPid());
  // Killed while staging, while writing index.json, and (where folders cannot be
  // exchanged) between moving 1.0.0 aside and moving its replacement in.
  fs::create_directories(root / (".staging-Shop-2.0.0-" + dead));
  REQUIRE_FALSE(oxt::writeFileAtomically(root / (".staging-Shop-2.0.0-" + dead) / "x", "half"));
  REQUIRE_FALSE(oxt::writeFileAtomically(root / (".index.json.oxt-tmp-" + dead + "-AbCdEf"), "{"));
  fs::rename(root / "Shop/1.0.0", root / (".replaced-Shop-1.0.0-" + dead));
  // A publish that is still running (this process) keeps its staging folder.
  const auto running = root / (".staging-Shop-3.0.0-" + std::to_string(::getpid()));
  fs::create_directories(running);

  const auto staged = stage(scratch.path(), root, "1.1.0", "second");
  CHECK(read(root / "Shop/1.0.0/Shop-1.0.0.oxtpkg") == "first");
  CHECK(fs::exists(running));
  fs::remove(running);
  REQUIRE(std::holds_alternative<fs::path>(commitInDir(staged, "Shop", "1.1.0", false)));
  CHECK(namesIn(root) == std::vector<std::string>{"Shop", "index.json"});
  CHECK(namesIn(root / "Shop") == std::vector<std::string>{"1.0.0", "1.1.0"});
  const auto listed = listVersions(root, "Shop");
  REQUIRE(std::holds_alternative<std::vector<PublishedVersion>>(listed));
  CHECK(std::get<std::vector<PublishedVersion>>(listed).size() == 2);
}
