// The containment check every write goes through: `..`, absolute paths and
// symbolic links that lead out of the folder are refused with a clear message;
// paths inside, even through links that stay inside, are accepted.
#include <string>

#include <catch2/catch_test_macros.hpp>

#include "scratch_folder.h"
#include "support/path_guard.h"

namespace {
namespace fs = std::filesystem;
} // namespace

TEST_CASE("paths inside the folder are accepted, existing or not") {
  oxt::test::TemporaryFolder scratch;
  const auto folder = scratch.path() / "Shop";
  fs::create_directories(folder / "Source");
  CHECK(oxt::isInsideFolder(folder, folder));
  CHECK(oxt::isInsideFolder(folder, folder / "Source"));
  CHECK(oxt::isInsideFolder(folder, folder / "Source" / "NET" / "Shop.cs")); // not yet there
  CHECK(oxt::isInsideFolder(folder, folder / "Source" / ".." / "Backups" / "x.cs"));
  CHECK_FALSE(oxt::checkInsideFolder(folder, folder / "Templates" / "NET" / "Interface.cs"));
}

TEST_CASE("'..' that climbs out of the folder is refused, naming the path and the folder") {
  oxt::test::TemporaryFolder scratch;
  const auto folder = scratch.path() / "Shop";
  fs::create_directories(folder);
  const auto escaping = folder / ".." / "Other" / "Shop.cs";
  CHECK_FALSE(oxt::isInsideFolder(folder, escaping));
  const auto error = oxt::checkInsideFolder(folder, escaping);
  REQUIRE(error);
  CHECK(error->message ==
        "refusing to write '" + escaping.string() + "': it is outside '" + folder.string() + "'");
  // A sibling whose name starts with the folder's is not inside it.
  CHECK_FALSE(oxt::isInsideFolder(folder, scratch.path() / "ShopX" / "a.cs"));
}

TEST_CASE("an absolute path elsewhere is refused, also when joined to the folder") {
  oxt::test::TemporaryFolder scratch;
  const auto folder = scratch.path() / "Shop";
  fs::create_directories(folder);
  CHECK_FALSE(oxt::isInsideFolder(folder, "/etc/passwd"));
  CHECK_FALSE(oxt::isInsideFolder(folder, folder / "/etc/passwd")); // `/` replaces the folder
}

TEST_CASE("a symbolic link that leads out is refused, and the message says where it leads") {
  oxt::test::TemporaryFolder scratch;
  const auto folder = scratch.path() / "Shop";
  const auto elsewhere = scratch.path() / "elsewhere";
  fs::create_directories(folder);
  fs::create_directories(elsewhere);
  fs::create_directory_symlink(elsewhere, folder / "Source");
  fs::create_symlink(scratch.path() / "secret.txt", folder / "notes.txt");

  const auto throughFolder = folder / "Source" / "NET" / "Shop.cs";
  CHECK_FALSE(oxt::isInsideFolder(folder, throughFolder));
  const auto error = oxt::checkInsideFolder(folder, throughFolder);
  REQUIRE(error);
  CHECK(error->message.find("refusing to write '" + throughFolder.string() + "'") == 0);
  CHECK(error->message.find("a symbolic link leads to '" +
                            (elsewhere / "NET" / "Shop.cs").string() + "'") != std::string::npos);
  // A link to a file that does not exist yet still leads out.
  CHECK_FALSE(oxt::isInsideFolder(folder, folder / "notes.txt"));
  const auto read = oxt::checkInsideFolder(folder, folder / "notes.txt", "read");
  REQUIRE(read);
  CHECK(read->message.find("refusing to read") == 0);
}

TEST_CASE("a symbolic link that stays inside the folder is accepted") {
  oxt::test::TemporaryFolder scratch;
  const auto folder = scratch.path() / "Shop";
  fs::create_directories(folder / "lib" / "v2");
  fs::create_directory_symlink(folder / "lib" / "v2", folder / "current");
  CHECK(oxt::isInsideFolder(folder, folder / "current" / "Acme.dll"));
}

TEST_CASE("the folder itself may be reached through a link (e.g. a linked home folder)") {
  oxt::test::TemporaryFolder scratch;
  fs::create_directories(scratch.path() / "real" / "Shop");
  fs::create_directory_symlink(scratch.path() / "real", scratch.path() / "link");
  CHECK(oxt::isInsideFolder(scratch.path() / "link" / "Shop",
                            scratch.path() / "real" / "Shop" / "a.cs"));
  CHECK(oxt::isInsideFolder(scratch.path() / "real" / "Shop",
                            scratch.path() / "link" / "Shop" / "a.cs"));
}

TEST_CASE("plain names are one path component") {
  CHECK(oxt::isPlainName("MortgageLib"));
  CHECK(oxt::isPlainName("1.0.0-beta.1"));
  CHECK_FALSE(oxt::isPlainName(""));
  CHECK_FALSE(oxt::isPlainName("."));
  CHECK_FALSE(oxt::isPlainName(".."));
  CHECK_FALSE(oxt::isPlainName("../x"));
  CHECK_FALSE(oxt::isPlainName("a/b"));
  CHECK_FALSE(oxt::isPlainName("a\\b"));
  CHECK_FALSE(oxt::isPlainName(std::string("a\0b", 3)));
}
