// The one atomic write: the target shows the old bytes or the new ones, never a
// mix; a failure leaves the target and no temporary file; permissions are kept;
// temporary files of ended processes are recognised and removed.
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "scratch_folder.h"
#include "support/atomic_write.h"
#include "support/file_io.h"

namespace {

namespace fs = std::filesystem;

std::vector<std::string> namesIn(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) {
    names.push_back(entry.path().filename().string());
  }
  return names;
}

std::string contentsOf(const fs::path& path) {
  auto bytes = oxt::readFile(path);
  REQUIRE(std::holds_alternative<std::string>(bytes));
  return std::get<std::string>(bytes);
}

} // namespace

TEST_CASE("an atomic write creates or replaces the file and leaves nothing else") {
  oxt::test::TemporaryFolder folder;
  const auto file = folder.path() / "Interface.cs";
  REQUIRE_FALSE(oxt::writeFileAtomically(file, "first"));
  CHECK(contentsOf(file) == "first");
  REQUIRE_FALSE(oxt::writeFileAtomically(file, "second, longer"));
  CHECK(contentsOf(file) == "second, longer");
  CHECK(namesIn(folder.path()) == std::vector<std::string>{"Interface.cs"});
}

TEST_CASE("an atomic write keeps the permissions of the file it replaces") {
  oxt::test::TemporaryFolder folder;
  const auto file = folder.path() / "run.sh";
  REQUIRE_FALSE(oxt::writeFileAtomically(file, "echo 1\n"));
  fs::permissions(file, fs::perms::owner_all | fs::perms::group_read);
  REQUIRE_FALSE(oxt::writeFileAtomically(file, "echo 2\n"));
  CHECK(fs::status(file).permissions() == (fs::perms::owner_all | fs::perms::group_read));
}

TEST_CASE("a new file gets the usual permissions, not those of a private temporary file") {
  oxt::test::TemporaryFolder folder;
  const auto file = folder.path() / "Structures.cs";
  REQUIRE_FALSE(oxt::writeFileAtomically(file, "x"));
  const mode_t mask = ::umask(022);
  ::umask(mask);
  const auto expected = static_cast<fs::perms>(0666 & ~mask);
  CHECK(fs::status(file).permissions() == expected);
}

TEST_CASE("a failed atomic write names the file and why, and changes nothing") {
  oxt::test::TemporaryFolder folder;
  const auto missing = folder.path() / "no-such-folder" / "Entities.cs";
  const auto error = oxt::writeFileAtomically(missing, "x");
  REQUIRE(error);
  CHECK(error->message.find(missing.string()) != std::string::npos);
  CHECK(error->message.find("No such file or directory") != std::string::npos);

  // A target that is a folder cannot be replaced by a file: the folder stays.
  const auto taken = folder.path() / "Records.cs";
  fs::create_directory(taken);
  const auto refused = oxt::writeFileAtomically(taken, "x");
  REQUIRE(refused);
  CHECK(refused->message.find("cannot replace '" + taken.string() + "'") != std::string::npos);
  CHECK(fs::is_directory(taken));
  CHECK(namesIn(folder.path()) == std::vector<std::string>{"Records.cs"});
}

TEST_CASE("an atomic file written in parts is invisible until committed, and discarded if not") {
  oxt::test::TemporaryFolder folder;
  const auto file = folder.path() / "Shop-1.0.0.oxtpkg";
  REQUIRE_FALSE(oxt::writeFileAtomically(file, "old"));
  {
    auto created = oxt::AtomicFile::create(file);
    REQUIRE(std::holds_alternative<oxt::AtomicFile>(created));
    auto& open = std::get<oxt::AtomicFile>(created);
    REQUIRE_FALSE(open.write("new "));
    REQUIRE_FALSE(open.write("bytes"));
    CHECK(contentsOf(file) == "old");
    CHECK(oxt::isTemporaryName(open.temporaryPath().filename().string()));
    CHECK(open.temporaryPath().parent_path() == folder.path());
    // Dropped without commit: as if the process had stopped here.
  }
  CHECK(contentsOf(file) == "old");
  CHECK(namesIn(folder.path()).size() == 1);

  auto created = oxt::AtomicFile::create(file);
  auto& open = std::get<oxt::AtomicFile>(created);
  REQUIRE_FALSE(open.write("new bytes"));
  REQUIRE_FALSE(open.commit());
  CHECK(contentsOf(file) == "new bytes");
  CHECK(namesIn(folder.path()).size() == 1);
}

TEST_CASE("temporary files of ended processes are removed; those of live ones stay") {
  oxt::test::TemporaryFolder folder;
  // A child process leaves a temporary file and dies without committing it.
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    auto created = oxt::AtomicFile::create(folder.path() / "Interface.cs");
    auto& open = std::get<oxt::AtomicFile>(created);
    (void)open.write("half");
    ::_exit(0); // no destructor: the temporary stays, as after a kill
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  auto ours = oxt::AtomicFile::create(folder.path() / "Records.cs");
  REQUIRE(std::holds_alternative<oxt::AtomicFile>(ours));
  REQUIRE_FALSE(oxt::writeFileAtomically(folder.path() / ".hidden-but-mine.cs", "keep"));
  REQUIRE(namesIn(folder.path()).size() == 3);

  CHECK(oxt::removeStaleTemporaries(folder.path()) == 1);
  const auto left = namesIn(folder.path());
  CHECK(left.size() == 2);
  for (const auto& name : left) {
    CHECK((name == ".hidden-but-mine.cs" ||
           name == std::get<oxt::AtomicFile>(ours).temporaryPath().filename().string()));
  }
}

TEST_CASE("temporary names are recognised; ordinary hidden and generated names are not") {
  CHECK(oxt::isTemporaryName(".Interface.cs.oxt-tmp-123-AbC123"));
  CHECK_FALSE(oxt::isTemporaryName("Interface.cs"));
  CHECK_FALSE(oxt::isTemporaryName(".gitignore"));
  CHECK_FALSE(oxt::isTemporaryName("x.oxt-tmp-1-2")); // not hidden: not ours
}
