#include <catch2/catch_test_macros.hpp>

#include "publish/publish_config.h"
#include "publish_test_support.h"

using namespace oxt::publish;
namespace fs = std::filesystem;

TEST_CASE("without oxt.json, the default target is the folder .oxt/platform of the workspace") {
  test::ScratchFolder scratch;
  auto loaded = loadConfig(scratch.path(), scratch.path());
  REQUIRE(std::holds_alternative<PublishConfig>(loaded));
  const auto& config = std::get<PublishConfig>(loaded);
  const auto* target = findTarget(config, "");
  REQUIRE(target != nullptr);
  CHECK(target->name == "local");
  CHECK(target->path == scratch.path() / ".oxt" / "platform");
  CHECK(config.compile.command.empty());
}

TEST_CASE("oxt.json is found in a parent folder; its relative paths are from that folder") {
  test::ScratchFolder scratch;
  fs::create_directories(scratch.path() / "ext" / "deep");
  REQUIRE_FALSE(oxt::writeFileAtomically(scratch.path() / "oxt.json", R"({
    "targets": {
      "staging": {"type": "dir", "path": "out/staging"},
      "prod": {"type": "dir", "path": "/srv/oxt", "default": true}
    },
    "compile": {"command": ["mcs", "{sources}"], "references": ["lib/Runtime.dll"]}
  })"));
  auto loaded = loadConfig(scratch.path() / "ext" / "deep", "/elsewhere");
  REQUIRE(std::holds_alternative<PublishConfig>(loaded));
  const auto& config = std::get<PublishConfig>(loaded);
  CHECK(config.root == scratch.path());
  CHECK(findTarget(config, "")->name == "prod");
  CHECK(findTarget(config, "staging")->path == scratch.path() / "out" / "staging");
  CHECK(findTarget(config, "nope") == nullptr);
  CHECK(config.compile.command == std::vector<std::string>{"mcs", "{sources}"});
  CHECK(config.compile.references == std::vector<fs::path>{scratch.path() / "lib" / "Runtime.dll"});
}

TEST_CASE("a single target is the default without saying so") {
  auto parsed =
      parseConfig(R"({"targets": {"only": {"type": "dir", "path": "x"}}})", "/ws/oxt.json");
  REQUIRE(std::holds_alternative<PublishConfig>(parsed));
  CHECK(findTarget(std::get<PublishConfig>(parsed), "")->name == "only");
}

TEST_CASE("mistakes in oxt.json are reported with where they are") {
  const auto error = [](const std::string& text) {
    auto parsed = parseConfig(text, "/ws/oxt.json");
    REQUIRE(std::holds_alternative<ConfigError>(parsed));
    return std::get<ConfigError>(parsed).message;
  };
  CHECK(error("{") == "/ws/oxt.json: not a JSON object");
  CHECK(error(R"({"targets": {"a": {"type": "ftp", "path": "x"}}})").find("targets.a") !=
        std::string::npos);
  CHECK(error(R"({"targets": {"a": {"type": "dir"}}})").find("needs a 'path'") !=
        std::string::npos);
  CHECK(
      error(
          R"({"targets": {"a": {"type": "dir", "path": "x"}, "b": {"type": "dir", "path": "y"}}})")
          .find("mark one target") != std::string::npos);
  CHECK(error(R"({"targets": {"a": {"type": "dir", "path": "x", "default": true},
                              "b": {"type": "dir", "path": "y", "default": true}}})")
            .find("more than one") != std::string::npos);
  CHECK(error(R"({"compile": {"references": [1]}})").find("compile.references") !=
        std::string::npos);
}

TEST_CASE("an http target names the variable of its credentials, never the credentials") {
  auto parsed =
      parseConfig(R"({"targets": {"repo": {"type": "https", "url": "https://r.example/oxt/",
                                 "credentials": "OXT_TOKEN", "retries": 5}}})",
                  "/ws/oxt.json");
  REQUIRE(std::holds_alternative<PublishConfig>(parsed));
  const auto* target = findTarget(std::get<PublishConfig>(parsed), "");
  REQUIRE(target != nullptr);
  CHECK(target->kind == TargetKind::Http);
  CHECK(target->http.url == "https://r.example/oxt");
  CHECK(target->http.auth == HttpAuth::Bearer);
  CHECK(target->http.credentialsEnv == "OXT_TOKEN");
  CHECK(target->http.retries == 5);

  const auto error = [](const std::string& text) {
    auto result = parseConfig(text, "/ws/oxt.json");
    REQUIRE(std::holds_alternative<ConfigError>(result));
    return std::get<ConfigError>(result).message;
  };
  CHECK(error(R"({"targets": {"r": {"type": "https", "url": "http://x"}}})").find("https://") !=
        std::string::npos);
  CHECK(error(R"({"targets": {"r": {"type": "http", "url": "http://x", "auth": "basic"}}})")
            .find("'credentials' must name the environment variable") != std::string::npos);
  CHECK(error(R"({"targets": {"r": {"type": "http", "url": "http://x", "retries": -1}}})")
            .find("'retries'") != std::string::npos);
  // Credentials in the URL would be in oxt.json and in every message naming the URL.
  CHECK(error(R"({"targets": {"r": {"type": "https", "url": "https://me:t0k3n@r.example/oxt"}}})")
            .find("the 'url' holds credentials") != std::string::npos);
  CHECK(std::holds_alternative<PublishConfig>(parseConfig(
      R"({"targets": {"r": {"type": "https", "url": "https://r.example/a@b"}}})", "/ws/oxt.json")));
}

TEST_CASE("the compiler does not see the credential variables of the targets") {
  auto parsed = parseConfig(R"({"targets": {
      "a": {"type": "https", "url": "https://a.example", "credentials": "OXT_A", "default": true},
      "b": {"type": "https", "url": "https://b.example", "credentials": "OXT_B"},
      "c": {"type": "https", "url": "https://c.example"}}})",
                            "/ws/oxt.json");
  REQUIRE(std::holds_alternative<PublishConfig>(parsed));
  CHECK(std::get<PublishConfig>(parsed).compile.hiddenVariables ==
        std::vector<std::string>{"OXT_A", "OXT_B"});
}
