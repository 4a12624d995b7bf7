// file: URIs and paths.
#include <catch2/catch_test_macros.hpp>

#include "protocol/uri.h"

using oxt::protocol::pathFromUri;
using oxt::protocol::uriFromPath;

TEST_CASE("file URIs decode to paths and back") {
  CHECK(pathFromUri("file:///home/a%20b/Caf%C3%A9.oxt") == "/home/a b/Café.oxt");
  CHECK(pathFromUri("FILE://localhost/x.oxt") == "/x.oxt");
  CHECK(uriFromPath("/home/a b/Café.oxt") == "file:///home/a%20b/Caf%C3%A9.oxt");
  CHECK(pathFromUri(uriFromPath("/t/#1?%.oxt")) == "/t/#1?%.oxt");
}

TEST_CASE("other schemes, remote hosts and bad escapes are not paths") {
  CHECK_FALSE(pathFromUri("untitled:Untitled-1"));
  CHECK_FALSE(pathFromUri("file://server/share/x.oxt"));
  CHECK_FALSE(pathFromUri("file:///a%2"));
  CHECK_FALSE(pathFromUri("file:///a%00b"));
}
