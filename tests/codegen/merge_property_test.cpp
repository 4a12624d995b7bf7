// A property of the merge: through a few hundred random changes of the definition
// (parameters added, removed, reordered and retyped; actions added and removed),
// updating `<Ext>.cs` each time, every body the developer wrote is still there,
// byte for byte, every action has its current signature, and a second update
// changes nothing.
#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "codegen/action_methods.h"
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

/// Replaces the TODO stub body of `method` in `text` with a body of its own.
std::string writeBody(std::string& text, const std::string& method, int serial) {
  const auto header = text.find("public void " + method + "(");
  REQUIRE(header != std::string::npos);
  const auto open = text.find("{\r\n", header) + 3;
  const auto close = text.find("\t\t} // " + method + "\r\n", open);
  REQUIRE(close != std::string::npos);
  const auto body = "\t\t\t// body " + std::to_string(serial) + " of " + method +
                    ": \"}\" '{'\r\n\t\t\tif (true) { int n" + std::to_string(serial) +
                    " = 0; }\r\n";
  text.replace(open, close - open, body);
  return body;
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

  for (int step = 0; step < 300; ++step) {
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
  }
  CHECK(bodies.size() > 8);
}
