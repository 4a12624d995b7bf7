// A property of the merge: through a few hundred random changes of the definition
// (parameters added, removed, reordered and retyped; actions added and removed),
// updating `<Ext>.cs` each time, every body the developer wrote is still there,
// byte for byte, every action has its current signature, a second update changes
// nothing, and the project still compiles (Mono's mcs against the stand-in of the
// OutSystems runtime API, at a sample of the steps: compiling takes about a second).
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <sys/wait.h>

#include <catch2/catch_test_macros.hpp>

#include "codegen/action_methods.h"
#include "codegen/generate_sources.h"
#include "codegen/merge_implementation.h"
#include "codegen_test_support.h"

namespace {

struct Param {
  std::string name;
  bool output = false;
  std::string type;
};

struct ActionDef {
  std::string name;
  std::vector<Param> params;
};

const std::vector<std::string> kTypes = {"Integer",  "Text",  "Decimal",     "Boolean",
                                         "DateTime", "Point", "List<Point>", "BinaryData"};

std::string render(const std::vector<ActionDef>& actions) {
  std::string text = "extension Prop {\n    structure Point { X: Integer }\n";
  for (const auto& action : actions) {
    text += "    /// Does " + action.name + ".\n    action " + action.name + " {\n";
    for (const auto& param : action.params) {
      text += std::string("        ") + (param.output ? "output " : "input ") + param.name + ": " +
              param.type + "\n";
    }
    text += "    }\n";
  }
  return text + "}\n";
}

class Mutator {
public:
  explicit Mutator(uint32_t seed) : random_(seed) {}

  std::size_t below(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_);
  }

  Param newParam(const ActionDef& action) {
    std::string name;
    do {
      name = "P" + std::to_string(below(12));
    } while (std::any_of(action.params.begin(), action.params.end(),
                         [&](const Param& p) { return p.name == name; }));
    return {name, below(3) == 0, kTypes[below(kTypes.size())]};
  }

  void mutate(std::vector<ActionDef>& actions) {
    const auto choice = actions.empty() ? 0 : below(7);
    if (choice == 0 && actions.size() < 12) { // add an action (maybe a name used before)
      std::string name;
      do {
        name = "Act" + std::to_string(below(16));
      } while (std::any_of(actions.begin(), actions.end(),
                           [&](const ActionDef& a) { return a.name == name; }));
      ActionDef action{name, {}};
      for (auto n = below(4); n > 0; --n) {
        action.params.push_back(newParam(action));
      }
      actions.insert(actions.begin() + static_cast<std::ptrdiff_t>(below(actions.size() + 1)),
                     action);
      return;
    }
    if (actions.empty()) {
      return;
    }
    auto& action = actions[below(actions.size())];
    switch (choice) {
    case 1: // remove an action
      actions.erase(actions.begin() + (&action - actions.data()));
      break;
    case 2: // add a parameter
      if (action.params.size() < 8) {
        auto param = newParam(action);
        action.params.insert(action.params.begin() +
                                 static_cast<std::ptrdiff_t>(below(action.params.size() + 1)),
                             param);
      }
      break;
    case 3: // remove a parameter
      if (!action.params.empty()) {
        action.params.erase(action.params.begin() +
                            static_cast<std::ptrdiff_t>(below(action.params.size())));
      }
      break;
    case 4: // reorder
      std::shuffle(action.params.begin(), action.params.end(), random_);
      break;
    default: // retype, or turn an input into an output
      if (!action.params.empty()) {
        auto& param = action.params[below(action.params.size())];
        param.type = kTypes[below(kTypes.size())];
        param.output = below(2) == 0;
      }
    }
  }

private:
  std::mt19937 random_;
};

/// Replaces the TODO stub body of `method` in `text` with a body of its own: braces
/// in a comment, a string and a char, and a throw at the end, so that it compiles
/// whatever output parameters the action gains (they need no value before a throw).
std::string writeBody(std::string& text, const std::string& method, int serial) {
  const auto header = text.find("public void " + method + "(");
  REQUIRE(header != std::string::npos);
  const auto open = text.find("{\r\n", header) + 3;
  const auto close = text.find("\t\t} // " + method + "\r\n", open);
  REQUIRE(close != std::string::npos);
  const auto n = std::to_string(serial);
  std::string body = "\t\t\t// body " + n + " of " + method + ": \"}\" '{'\r\n";
  body += "\t\t\tif (\"}\".Length == 1) { char c" + n + " = '{'; c" + n + "++; }\r\n";
  body += "\t\t\tthrow new NotImplementedException(\"body " + n + "\");\r\n";
  text.replace(open, close - open, body);
  return body;
}

/// Writes the project of `extension` into `folder`, with `implementation` as `<Ext>.cs`.
void writeProject(const std::filesystem::path& folder, const oxt::model::Extension& extension,
                  const std::string& implementation) {
  auto generated = oxt::codegen::generateSources(extension);
  REQUIRE(std::holds_alternative<std::vector<oxt::codegen::SourceFile>>(generated));
  for (const auto& source : std::get<std::vector<oxt::codegen::SourceFile>>(generated)) {
    oxt::test::writeBytes(
        folder / source.file.name,
        source.role == oxt::codegen::FileRole::Implementation ? implementation : source.file.bytes);
  }
}

struct Compilation {
  int exitCode = -1;
  std::string output;
};

/// Compiles each of `folders` with tests/codegen/compile_csharp.sh (mcs, found on
/// PATH, against the stand-in of the runtime API; it fails naming the Debian
/// package when mcs is missing).
Compilation compile(const std::vector<std::filesystem::path>& folders) {
  std::string command = "bash '" OXT_SOURCE_DIR "/tests/codegen/compile_csharp.sh'";
  for (const auto& folder : folders) {
    command += " '" + folder.string() + "'";
  }
  command += " 2>&1";
  Compilation result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    result.output = "cannot run " + command;
    return result;
  }
  std::array<char, 4096> buffer{};
  while (fgets(buffer.data(), static_cast<int>(buffer.size()), pipe) != nullptr) {
    result.output += buffer.data();
  }
  const int status = pclose(pipe);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

} // namespace

TEST_CASE("through random definition changes every hand-written body survives the merge") {
  Mutator mutator(20240131);
  std::vector<ActionDef> actions = {{"Act0", {{"P0", false, "Integer"}, {"P1", true, "Text"}}},
                                    {"Act1", {{"P0", true, "Point"}}}};
  auto extension = oxt::test::extensionOf(render(actions));
  auto text = oxt::codegen::implementationFile(extension);
  std::map<std::string, std::string> bodies; // method → its hand-written body
  int serial = 0;
  for (const auto& action : extension.actions) {
    bodies[oxt::codegen::methodName(action)] =
        writeBody(text, oxt::codegen::methodName(action), ++serial);
  }

  // The project at a sample of the steps, compiled together at the end (one
  // compilation of the stand-in): every 25th step and the last.
  constexpr int kSteps = 300;
  constexpr int kCompileEvery = 25;
  oxt::test::ScratchFolder scratch;
  std::vector<std::filesystem::path> sampled;

  for (int step = 0; step < kSteps; ++step) {
    CAPTURE(step);
    mutator.mutate(actions);
    extension = oxt::test::extensionOf(render(actions));
    auto result = oxt::codegen::mergeImplementation(text, extension);
    REQUIRE(std::holds_alternative<oxt::codegen::MergeResult>(result));
    auto merged = std::get<oxt::codegen::MergeResult>(std::move(result));
    text = std::move(merged.text);

    for (const auto& [method, body] : bodies) {
      CAPTURE(method);
      REQUIRE(text.find("{\r\n" + body + "\t\t} // " + method + "\r\n") != std::string::npos);
    }
    for (const auto& action : extension.actions) {
      REQUIRE(text.find(oxt::codegen::implementationHeader(extension, action)) !=
              std::string::npos);
    }
    // New stubs get a body of their own, to be kept from now on.
    for (const auto& method : merged.report.added) {
      bodies[method] = writeBody(text, method, ++serial);
    }
    // A second update of the same definition changes nothing.
    auto again = oxt::codegen::mergeImplementation(text, extension);
    REQUIRE(std::holds_alternative<oxt::codegen::MergeResult>(again));
    REQUIRE(std::get<oxt::codegen::MergeResult>(again).text == text);

    if (step % kCompileEvery == 0 || step == kSteps - 1) {
      sampled.push_back(scratch.path() / ("step-" + std::to_string(step)));
      writeProject(sampled.back(), extension, text);
    }
  }
  CHECK(bodies.size() > 8);

  const auto compilation = compile(sampled);
  INFO(compilation.output);
  CHECK(sampled.size() == 13);
  REQUIRE(compilation.exitCode == 0);
}
