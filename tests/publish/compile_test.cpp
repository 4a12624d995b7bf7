#include <catch2/catch_test_macros.hpp>

#include "publish/compile.h"
#include "publish/dir_target.h"

using namespace oxt::publish;

TEST_CASE("mcs and csc messages become compiler messages with absolute file names") {
  const auto messages = parseCompilerOutput(
      "MortgageLib.cs(42,13): error CS0103: The name `rate' does not exist in the current context\n"
      "Compilation failed: 1 error(s), 0 warnings\n"
      "/abs/Structures.cs(7,1): warning CS0168: The variable `x' is declared but never used\n",
      "/ws/MortgageLib/Source/NET");
  REQUIRE(messages.size() == 2);
  CHECK(messages[0].file == "/ws/MortgageLib/Source/NET/MortgageLib.cs");
  CHECK(messages[0].line == 42);
  CHECK(messages[0].column == 13);
  CHECK(messages[0].error);
  CHECK(messages[0].code == "CS0103");
  CHECK(messages[0].message == "The name `rate' does not exist in the current context");
  CHECK(messages[1].file == "/abs/Structures.cs");
  CHECK_FALSE(messages[1].error);
}

TEST_CASE("msbuild's project suffix is dropped and its repeated summary kept once") {
  const auto line =
      std::string("X.cs(3,5): error CS1002: ; expected [/ws/X/Source/NET/X.csproj]\n");
  const auto messages = parseCompilerOutput(line + line, "/ws/X/Source/NET");
  REQUIRE(messages.size() == 1);
  CHECK(messages[0].message == "; expected");
}

TEST_CASE("the compile command expands its placeholders") {
  CompileJob job{"Ext", "/nonexistent/Source/NET", "/nonexistent/Build", {}};
  job.settings.command = {"csc", "-out:{out}", "{references}", "{sources}", "{sln}"};
  job.settings.references = {"/r/A.dll", "/r/B.dll"};
  const auto command = compileCommand(job);
  CHECK(command == std::vector<std::string>{"csc", "-out:/nonexistent/Build/Ext.dll", "-r:/r/A.dll",
                                            "-r:/r/B.dll", "/nonexistent/Source/NET/Ext.sln"});
}

TEST_CASE("versions are ordered as semantic versions") {
  CHECK(versionLess("1.2.0", "1.10.0"));
  CHECK_FALSE(versionLess("1.10.0", "1.2.0"));
  CHECK(versionLess("2.0.0-beta.1", "2.0.0"));
  CHECK_FALSE(versionLess("2.0.0", "2.0.0-beta.1"));
  CHECK(versionLess("0.9.9", "1.0.0"));
}

TEST_CASE("a file name with parentheses is read up to its position; other lines are not messages") {
  const auto messages =
      parseCompilerOutput("  My (copy)/X.cs(3,5): warning CS0219: The variable `y' is assigned\n"
                          "X.cs(3): error CS1002: no column\n"
                          "X.cs(a,5): error CS1002: not a line\n"
                          "X.cs(3,5): note CS1002: not a severity\n"
                          "X.cs(3,5): error 1002: not a code\n",
                          "/ws");
  REQUIRE(messages.size() == 1);
  CHECK(messages[0].file == "/ws/My (copy)/X.cs");
  CHECK_FALSE(messages[0].error);
  CHECK(messages[0].code == "CS0219");
  CHECK(messages[0].message == "The variable `y' is assigned");
}
