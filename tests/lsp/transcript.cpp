#include "transcript.h"

#include <deque>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <unistd.h>
#include <variant>

#include "lsp/lsp_server.h"
#include "lsp/manual_scheduler.h"
#include "protocol/jsonrpc.h"
#include "protocol/uri.h"

namespace oxt::test {

using nlohmann::json;

bool jsonMatches(const json& expected, const json& actual, std::string& where) {
  if (expected.is_string() && expected.get<std::string>() == "${any}") {
    return true;
  }
  if (expected.type() != actual.type() &&
      !(expected.is_number_integer() && actual.is_number_integer())) {
    where = "expected " + expected.dump() + ", got " + actual.dump();
    return false;
  }
  if (expected.is_object()) {
    // `"${more}": "${any}"` allows keys the transcript does not list (capabilities
    // that a transcript about one feature does not care about).
    const bool open = expected.contains("${more}");
    for (const auto& [key, value] : expected.items()) {
      if (key == "${more}") {
        continue;
      }
      if (!actual.contains(key)) {
        where = "." + key + ": missing";
        return false;
      }
      if (!jsonMatches(value, actual[key], where)) {
        where = "." + key + where;
        return false;
      }
    }
    for (const auto& [key, value] : actual.items()) {
      if (!open && !expected.contains(key)) {
        where = "." + key + ": not expected (" + value.dump() + ")";
        return false;
      }
    }
    return true;
  }
  if (expected.is_array()) {
    if (expected.size() != actual.size()) {
      where = ": expected " + std::to_string(expected.size()) + " items, got " +
              std::to_string(actual.size()) + " in " + actual.dump();
      return false;
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
      if (!jsonMatches(expected[i], actual[i], where)) {
        where = "[" + std::to_string(i) + "]" + where;
        return false;
      }
    }
    return true;
  }
  if (expected != actual) {
    where = ": expected " + expected.dump() + ", got " + actual.dump();
    return false;
  }
  return true;
}

namespace {

struct Block {
  std::string kind;     // "-->", "<--", "%write", "%delete", "%exitcode"
  std::string argument; // after the marker on its line
  std::string body;     // the following lines
  int line = 0;
};

std::string replaceAll(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::vector<Block> readBlocks(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::vector<Block> blocks;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind('#', 0) == 0) {
      continue;
    }
    for (const char* marker : {"-->", "<--", "%write", "%delete", "%exitcode"}) {
      if (line.rfind(marker, 0) == 0) {
        Block block{marker, line.substr(std::string(marker).size()), "", number};
        if (!block.argument.empty() && block.argument.front() == ' ') {
          block.argument.erase(0, 1);
        }
        blocks.push_back(block);
        line.clear();
        break;
      }
    }
    if (!line.empty() && !blocks.empty()) {
      blocks.back().body += line + "\n";
    }
  }
  return blocks;
}

class Player {
public:
  explicit Player(std::filesystem::path root)
      : root_(std::move(root)),
        server_(scheduler_, lsp::Outgoing::joining([this](std::string_view message) {
                  // Text, as on the wire.
                  sent_.push_back(json::parse(message));
                }),
                lsp::ServerOptions{"https://oxt.test/diagnostics.md", true}) {}

  std::string substitute(const std::string& text) const {
    auto out = replaceAll(text, "${rootUri}", protocol::uriFromPath(root_));
    out = replaceAll(out, "${source}", OXT_SOURCE_DIR); // the repository (publish.lsp's compiler)
    return replaceAll(out, "${root}", root_.string());
  }

  void send(const std::string& text) {
    auto parsed = protocol::parseMessage(text);
    if (auto* rejected = std::get_if<protocol::RejectedMessage>(&parsed)) {
      server_.reject(*rejected);
    } else {
      server_.receive(std::move(std::get<protocol::Message>(parsed)));
    }
    drained_ = false;
  }

  std::optional<json> next() {
    if (!drained_) {
      scheduler_.runUntilIdle();
      drained_ = true;
    }
    if (sent_.empty()) {
      return std::nullopt;
    }
    auto message = std::move(sent_.front());
    sent_.pop_front();
    return message;
  }

  std::vector<json> rest() {
    scheduler_.runUntilIdle();
    std::vector<json> rest(sent_.begin(), sent_.end());
    sent_.clear();
    return rest;
  }

  [[nodiscard]] const lsp::LspServer& server() const { return server_; }

private:
  std::filesystem::path root_;
  lsp::ManualScheduler scheduler_;
  std::deque<json> sent_;
  lsp::LspServer server_;
  bool drained_ = true;
};

std::filesystem::path makeRoot() {
  std::random_device random;
  auto root = std::filesystem::temp_directory_path() /
              ("oxt-transcript-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
  std::filesystem::create_directories(root);
  return root;
}

} // namespace

TranscriptResult runTranscript(const std::filesystem::path& file) {
  TranscriptResult result;
  const auto root = makeRoot();
  {
    Player player(root);
    const auto at = [&](const Block& block) {
      return file.filename().string() + ":" + std::to_string(block.line) + ": ";
    };
    for (const auto& block : readBlocks(file)) {
      if (block.kind == "-->") {
        if (block.argument.rfind("raw:", 0) == 0) {
          player.send(block.argument.substr(4)); // sent as it is, JSON or not
        } else {
          const auto text = player.substitute(block.argument + "\n" + block.body);
          const auto message = json::parse(text, nullptr, false);
          if (message.is_discarded()) {
            result.failures.push_back(at(block) + "the client message is not JSON");
            break;
          }
          player.send(message.dump());
        }
      } else if (block.kind == "<--") {
        const auto expected =
            json::parse(player.substitute(block.argument + "\n" + block.body), nullptr, false);
        if (expected.is_discarded()) {
          result.failures.push_back(at(block) + "the expected message is not JSON");
          break;
        }
        auto actual = player.next();
        std::string where;
        if (!actual) {
          result.failures.push_back(at(block) + "expected " + expected.dump() +
                                    ", but the server sent nothing more");
          break;
        }
        if (!jsonMatches(expected, *actual, where)) {
          result.failures.push_back(at(block) + "message differs at " + where + "\n  expected: " +
                                    expected.dump() + "\n  actual:   " + actual->dump());
          break;
        }
      } else if (block.kind == "%write") {
        const auto path = root / block.argument;
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << player.substitute(block.body);
      } else if (block.kind == "%delete") {
        std::filesystem::remove(root / block.argument);
      } else if (block.kind == "%exitcode") {
        const auto code = std::stoi(block.argument);
        if (!player.server().exitRequested() || player.server().exitCode() != code) {
          result.failures.push_back(
              at(block) + "expected exit with code " + block.argument + ", got " +
              (player.server().exitRequested() ? std::to_string(player.server().exitCode())
                                               : "no exit"));
        }
      }
    }
    if (result.failures.empty()) {
      for (const auto& extra : player.rest()) {
        result.failures.push_back(file.filename().string() +
                                  ": the server sent an unexpected message: " + extra.dump());
      }
    }
  }
  std::error_code ignored;
  std::filesystem::remove_all(root, ignored);
  return result;
}

} // namespace oxt::test
