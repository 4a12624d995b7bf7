// Completion at cursor positions of complete and half-typed files: what a user sees
// offered after typing a few characters.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

#include <catch2/catch_test_macros.hpp>

#include "../support/random_edits.h"
#include "../support/test_files.h"
#include "features/completion.h"
#include "features/language_facts.h"
#include "model/analysis.h"
#include "syntax/syntax_tree.h"

using oxt::features::CompletionItem;
using oxt::features::CompletionItemKind;
using oxt::features::CompletionOptions;
using oxt::features::CompletionResult;
using oxt::syntax::SyntaxTree;

namespace {

/// Completion at the `|` of `marked` (the `|` is removed).
CompletionResult completeAt(const std::string& marked, const CompletionOptions& options = {}) {
  const auto cursor = marked.find('|');
  REQUIRE(cursor != std::string::npos);
  auto text = marked;
  text.erase(cursor, 1);
  const SyntaxTree tree(text);
  const oxt::model::Analysis analysis(tree);
  return oxt::features::complete(tree, analysis, static_cast<uint32_t>(cursor), options);
}

std::vector<std::string> labels(const CompletionResult& result) {
  std::vector<std::string> out;
  for (const auto& item : result.items) {
    out.push_back(item.label);
  }
  return out;
}

std::vector<std::string> labelsAt(const std::string& marked) { return labels(completeAt(marked)); }

bool has(const std::vector<std::string>& list, const std::string& label) {
  return std::find(list.begin(), list.end(), label) != list.end();
}

const CompletionItem& item(const CompletionResult& result, const std::string& label) {
  for (const auto& entry : result.items) {
    if (entry.label == label) {
      return entry;
    }
  }
  FAIL("no item " << label);
  return result.items.front();
}

const std::vector<std::string> kMembers{"action", "structure", "entity", "resource"};
const std::vector<std::string> kParameters{"input", "output"};

const std::string kDefinitions = R"(
    structure Installment {
        Month: Integer
    }
    entity Loan {
        @identifier Id: Integer
    }
    entity Log {
        Line: Text
    }
)";

} // namespace

// --- Keywords ------------------------------------------------------------------------

TEST_CASE("an empty file offers the extension") {
  CHECK(labelsAt("|") == std::vector<std::string>{"extension"});
  CHECK(labelsAt("ext|") == std::vector<std::string>{"extension"});
  CHECK(labelsAt("/// Doc.\n@dbms(All)\n|") == std::vector<std::string>{"extension"});
}

TEST_CASE("a second extension is not offered after the first") {
  CHECK(labelsAt("extension A {\n}\n|").empty());
  // The keyword of the only extension is replaceable by itself.
  CHECK(labelsAt("ext|ension A {\n}\n") == std::vector<std::string>{"extension"});
}

TEST_CASE("member keywords inside the extension body, half-typed or not") {
  CHECK(labelsAt("extension A {\n    |\n}") == kMembers);
  CHECK(labelsAt("extension A {\n    ac|\n}") == kMembers);
  CHECK(labelsAt("extension A {\n    |") == kMembers);
  CHECK(labelsAt("extension A {|}") == kMembers);
  // After a complete action, the action's body is closed.
  CHECK(labelsAt("extension A {\n    action X {\n    }\n    |\n}") == kMembers);
  // After a resource.
  CHECK(labelsAt("extension A {\n    resource \"a.dll\"\n    |") == kMembers);
}

TEST_CASE("annotations written before the member narrow the keywords") {
  CHECK(labelsAt("extension A {\n    @function\n    |") == std::vector<std::string>{"action"});
  CHECK(labelsAt("extension A {\n    @table(\"T\") @database(\"D\")\n    en|") ==
        std::vector<std::string>{"entity"});
  CHECK(labelsAt("extension A {\n    @deploy(Images) |") == std::vector<std::string>{"resource"});
  // An annotation that fits no member: every member is still offered.
  CHECK(labelsAt("extension A {\n    @dbms(All)\n    |") == kMembers);
}

TEST_CASE("input and output inside an action, even without its closing brace") {
  CHECK(labelsAt("extension A {\n    action X {\n        |\n    }\n}") == kParameters);
  CHECK(labelsAt("extension A {\n    action X {\n        in|") == kParameters);
  CHECK(labelsAt("extension A {\n    action X {\n        input P: Text\n        |") == kParameters);
  CHECK(labelsAt("extension A {\n    action X {\n        input P: Text = \"x\" |") == kParameters);
  CHECK(labelsAt("extension A {\n    action X {\n        input P: List<Installment> |") ==
        kParameters);
}

TEST_CASE("nothing is offered where a name goes") {
  CHECK(labelsAt("extension |").empty());
  CHECK(labelsAt("extension A {\n    action |").empty());
  CHECK(labelsAt("extension A {\n    action Calc|").empty());
  CHECK(labelsAt("extension A {\n    action X {\n        input |").empty());
  CHECK(labelsAt("extension A {\n    action X {\n        output Res|").empty());
  CHECK(labelsAt("extension A {\n    structure S {\n        |").empty());
  CHECK(labelsAt("extension A {\n    entity E {\n        Na|").empty());
}

TEST_CASE("nothing is offered in comments, numbers and plain strings") {
  CHECK(labelsAt("extension A {\n    // act|\n}").empty());
  CHECK(labelsAt("extension A {\n    /// act|").empty());
  CHECK(labelsAt("extension A {\n    /* act| */\n}").empty());
  CHECK(labelsAt("extension A {\n    structure S {\n        N: Text(2|").empty());
  CHECK(labelsAt("extension A {\n    structure S {\n        N: Text = \"ac|\"").empty());
  CHECK(labelsAt("extension A {\n    structure S {\n        N: Date = #2024-|").empty());
}

TEST_CASE("a member keyword after an unclosed action starts a new member") {
  // `action` cannot be a parameter: the action's body has ended before it.
  CHECK(
      labelsAt("extension A {\n    action X {\n        input P: Text\n    action Y {\n        |") ==
      kParameters);
  CHECK(
      labelsAt("extension A {\n    action X {\n    structure S {\n        N: Text\n    }\n    |") ==
      kMembers);
}

TEST_CASE("snippets only when the client supports them") {
  CompletionOptions snippets;
  snippets.snippets = true;
  const auto withSnippets = completeAt("extension A {\n    |", snippets);
  CHECK(item(withSnippets, "action").snippet);
  CHECK(item(withSnippets, "action").insertText == "action ${1:Name} {\n\t$0\n}");
  const auto plain = completeAt("extension A {\n    |");
  CHECK_FALSE(item(plain, "action").snippet);
  CHECK(item(plain, "action").insertText == "action");
  CHECK(item(plain, "entity").insertText == "entity");
}

TEST_CASE("an item replaces the whole word at the cursor") {
  const auto result = completeAt("extension A {\n    str|ucture S {}\n}");
  const auto& structure = item(result, "structure");
  CHECK(structure.replace.start == 18);
  CHECK(structure.replace.end == 27);
  const auto atStart = completeAt("extension A {\n    |");
  CHECK(item(atStart, "action").replace.start == item(atStart, "action").replace.end);
}

// --- Types ---------------------------------------------------------------------------

TEST_CASE("after ':' of a parameter: every type") {
  const auto list = labelsAt("extension A {\n    action X {\n        input P: |" + kDefinitions);
  for (const auto* type :
       {"Text", "Integer", "LongInteger", "Decimal", "Currency", "Boolean", "DateTime", "Date",
        "Time", "PhoneNumber", "Email", "BinaryData", "Object", "Installment", "Loan", "Log",
        "List<…>", "Record<…>", "Identifier<…>"}) {
    CHECK(has(list, type));
  }
  CHECK(list.size() == 19);
}

TEST_CASE("types in every half-typed state of a parameter and attribute") {
  CHECK(has(labelsAt("extension A {\n    action X {\n        input P:|"), "Text"));
  CHECK(has(labelsAt("extension A {\n    action X {\n        input P?: Cur|"), "Currency"));
  CHECK(has(labelsAt("extension A {\n    action X {\n        output R: Te|\n    }\n}"), "Text"));
  CHECK(has(labelsAt("extension A {\n    structure S {\n        N?: |\n    }"), "Object"));
  // The type written already is replaceable.
  CHECK(has(labelsAt("extension A {\n    structure S {\n        N: Dec|imal(18, 2)\n    }"),
            "Decimal"));
}

TEST_CASE("entity attributes take basic types and identifiers only") {
  const auto list = labelsAt("extension A {\n    entity E {\n        N: |" + kDefinitions);
  CHECK(has(list, "Text"));
  CHECK(has(list, "Identifier<…>"));
  CHECK_FALSE(has(list, "Object"));
  CHECK_FALSE(has(list, "Installment"));
  CHECK_FALSE(has(list, "List<…>"));
  CHECK_FALSE(has(list, "Record<…>"));
}

TEST_CASE("inside List<, Record< and Identifier<") {
  const auto inList =
      labelsAt("extension A {\n    action X {\n        output R: List<|" + kDefinitions);
  CHECK(inList == std::vector<std::string>{"Installment", "Loan", "Log", "Record<…>"});
  const auto inRecord =
      labelsAt("extension A {\n    action X {\n        output R: Record<Loan, |" + kDefinitions);
  CHECK(inRecord == std::vector<std::string>{"Installment", "Loan", "Log"});
  const auto nested =
      labelsAt("extension A {\n    action X {\n        output R: List<Record<Lo|" + kDefinitions);
  CHECK(nested == std::vector<std::string>{"Installment", "Loan", "Log"});
  // Only entities that have an identifier.
  const auto identifiers =
      labelsAt("extension A {\n    entity E {\n        Ref: Identifier<|" + kDefinitions);
  CHECK(identifiers == std::vector<std::string>{"Loan"});
  // After the generic is closed: nothing more inside it.
  CHECK(labelsAt("extension A {\n    action X {\n        output R: List<Loan>|").empty());
}

TEST_CASE("type items carry the OutSystems type, the C# type and its default") {
  const auto result =
      completeAt("extension A {\n    action X {\n        input P: |" + kDefinitions);
  const auto& longInteger = item(result, "LongInteger");
  CHECK(longInteger.detail == "Long Integer (C# long)");
  CHECK(longInteger.documentation.find("OutSystems type: Long Integer") != std::string::npos);
  CHECK(longInteger.documentation.find("`long`, default value: `0L`") != std::string::npos);
  const auto& dateTime = item(result, "DateTime");
  CHECK(dateTime.documentation.find("new DateTime(1900, 1, 1, 0, 0, 0)") != std::string::npos);
  const auto& installment = item(result, "Installment");
  CHECK(installment.kind == CompletionItemKind::Structure);
  CHECK(installment.documentation.find("RCInstallmentRecord") != std::string::npos);
  const auto& list = item(result, "List<…>");
  CHECK(list.insertText == "List<");
  CHECK_FALSE(list.snippet);
}

TEST_CASE("documentation is left out for a client that resolves it, or kept for one item") {
  const std::string marked = "extension A {\n    action X {\n        input P: |" + kDefinitions;
  const auto every = completeAt(marked);
  CompletionOptions options;
  options.documentation = CompletionOptions::Documentation::None;
  const auto none = completeAt(marked, options);
  REQUIRE(labels(none) == labels(every));
  for (std::size_t i = 0; i < none.items.size(); ++i) {
    CHECK(none.items[i].documentation.empty());
    CHECK(none.items[i].detail == every.items[i].detail); // the detail stays in the list
  }
  options.documentation = CompletionOptions::Documentation::OneLabel;
  for (const std::string label : {"Installment", "Loan", "LongInteger", "List<…>"}) {
    options.documentedLabel = label;
    const auto one = completeAt(marked, options);
    REQUIRE(labels(one) == labels(every));
    for (std::size_t i = 0; i < one.items.size(); ++i) {
      CHECK(one.items[i].documentation ==
            (one.items[i].label == label ? every.items[i].documentation : ""));
    }
  }
  options.documentedLabel = "Loan";
  const auto identifier =
      completeAt("extension A {\n    entity Loan {\n        @identifier Id: Integer\n    }\n"
                 "    entity E {\n        Ref: Identifier<|",
                 options);
  CHECK(item(identifier, "Loan").documentation.find("Loan Identifier") != std::string::npos);
}

TEST_CASE("an identifier item names the C# type of the entity's identifier") {
  const auto result =
      completeAt("extension A {\n    entity Code {\n        @identifier Key: Text\n    }\n"
                 "    entity E {\n        Ref: Identifier<|");
  CHECK(item(result, "Code").detail == "Code Identifier (C# string)");
}

// --- Annotations ---------------------------------------------------------------------

TEST_CASE("after '@': the annotations of the declaration that follows") {
  CHECK(labelsAt("@|\nextension A {}") == std::vector<std::string>{"dbms", "version"});
  CHECK(labelsAt("extension A {\n    @|\n    action X {}\n}") ==
        std::vector<std::string>{"function", "icon"});
  CHECK(labelsAt("extension A {\n    @ta|\n    entity E {}\n}") ==
        std::vector<std::string>{"table", "database", "nullConversion"});
  CHECK(labelsAt("extension A {\n    @|\n    resource \"x.dll\"\n}") ==
        std::vector<std::string>{"deploy"});
  CHECK(labelsAt("extension A {\n    entity E {\n        @|\n        Id: Integer\n    }\n}") ==
        std::vector<std::string>{"identifier", "autoNumber", "column", "ignore"});
  // Nothing applies to structures, structure attributes and parameters.
  CHECK(labelsAt("extension A {\n    @|\n    structure S {}\n}").empty());
  CHECK(
      labelsAt("extension A {\n    structure S {\n        @|\n        N: Text\n    }\n}").empty());
  CHECK(labelsAt("extension A {\n    action X {\n        @|\n        input P: Text\n    }\n}")
            .empty());
}

TEST_CASE("annotations already written are not offered again") {
  CHECK(labelsAt("extension A {\n    @function @|\n    action X {}\n}") ==
        std::vector<std::string>{"icon"});
  CHECK(labelsAt("extension A {\n    @| @function\n    action X {}\n}") ==
        std::vector<std::string>{"icon"});
  CHECK(labelsAt("extension A {\n    entity E {\n        @identifier @|") ==
        std::vector<std::string>{"autoNumber", "column", "ignore"});
}

TEST_CASE("'@' with nothing after it in an extension body offers every member's annotations") {
  const auto list = labelsAt("extension A {\n    @|");
  CHECK(has(list, "function"));
  CHECK(has(list, "table"));
  CHECK(has(list, "deploy"));
  CHECK_FALSE(has(list, "dbms"));
  CHECK_FALSE(has(list, "identifier"));
}

TEST_CASE("annotation arguments: @dbms and @deploy values") {
  CHECK(labelsAt("@dbms(|") == std::vector<std::string>{"SqlServer", "Oracle", "All"});
  CHECK(labelsAt("@dbms(Or|)\nextension A {}") ==
        std::vector<std::string>{"SqlServer", "Oracle", "All"});
  CHECK(labelsAt("extension A {\n    @deploy(|) resource \"x\"\n}") ==
        std::vector<std::string>{"Binaries", "Application", "Images", "Ignore"});
  // Only the first argument, and nothing for string arguments.
  CHECK(labelsAt("@dbms(All, |").empty());
  CHECK(labelsAt("@dbms(All|)").empty() == false);
  CHECK(labelsAt("extension A {\n    @table(|").empty());
  const auto result = completeAt("@dbms(|");
  CHECK(item(result, "Oracle").documentation.find("Oracle") != std::string::npos);
}

TEST_CASE("annotation snippets add their arguments") {
  CompletionOptions snippets;
  snippets.snippets = true;
  const auto result = completeAt("extension A {\n    @|\n    entity E {}", snippets);
  CHECK(item(result, "table").insertText == "table(\"${1:[DB].[dbo].[TABLE]}\")");
  CHECK(item(result, "nullConversion").insertText == "nullConversion");
  const auto plain = completeAt("extension A {\n    @|\n    entity E {}");
  CHECK(item(plain, "table").insertText == "table");
}

TEST_CASE("the annotation names match the language reference") {
  std::set<std::string> names;
  for (const auto& fact : oxt::features::annotationFacts()) {
    names.insert(std::string(fact.name));
  }
  CHECK(names == std::set<std::string>{"dbms", "version", "function", "icon", "table", "database",
                                       "nullConversion", "identifier", "autoNumber", "column",
                                       "ignore", "deploy"});
}

// --- Default values ------------------------------------------------------------------

TEST_CASE("true and false after '=' of a Boolean only") {
  CHECK(labelsAt("extension A {\n    action X {\n        input B?: Boolean = |") ==
        std::vector<std::string>{"true", "false"});
  CHECK(labelsAt("extension A {\n    action X {\n        input B?: Boolean = tr|") ==
        std::vector<std::string>{"true", "false"});
  CHECK(labelsAt("extension A {\n    action X {\n        input B?: Integer = |").empty());
}

// --- Resource paths ------------------------------------------------------------------

namespace {

struct TempFolder {
  TempFolder() {
    path = std::filesystem::temp_directory_path() /
           ("oxt-completion-test-" + std::to_string(::getpid()) + "-" +
            std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path / "lib");
    std::filesystem::create_directories(path / "icons");
    std::filesystem::create_directories(path / ".git");
    for (const auto* file : {"lib/Acme.dll", "lib/Acme.pdb", "icons/a.ico", ".hidden", "Ext.oxt"}) {
      std::ofstream(path / file) << "x";
    }
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  TempFolder(TempFolder&&) = delete;
  TempFolder& operator=(TempFolder&&) = delete;
  std::filesystem::path path;
};

} // namespace

TEST_CASE("resource paths come from the .oxt file's folder, hidden entries skipped") {
  const TempFolder folder;
  CompletionOptions options;
  options.folder = folder.path;
  const auto top = completeAt("extension A {\n    resource \"|", options);
  CHECK(labels(top) == std::vector<std::string>{"icons/", "lib/", "Ext.oxt"});
  CHECK(item(top, "icons/").kind == CompletionItemKind::Folder);

  const auto inLib = completeAt("extension A {\n    resource \"lib/Ac|\"\n}", options);
  CHECK(labels(inLib) == std::vector<std::string>{"Acme.dll", "Acme.pdb"});
  // The item replaces the last segment of the path only.
  const auto& dll = item(inLib, "Acme.dll");
  CHECK(dll.replace.start == 32);
  CHECK(dll.replace.end == 34);
  CHECK(dll.documentation == "Deploy Action by default: Binaries.");
  // Windows separators too.
  CHECK(labels(completeAt("extension A {\n    resource \"icons\\|", options)) ==
        std::vector<std::string>{"a.ico"});
  // A folder that does not exist: nothing, no error.
  CHECK(labels(completeAt("extension A {\n    resource \"nowhere/|", options)).empty());
  // Not a resource's string.
  CHECK(labels(completeAt("extension A {\n    @table(\"|", options)).empty());
}

TEST_CASE("the number of paths is capped and the list says it is incomplete") {
  const TempFolder folder;
  for (int i = 0; i < 30; ++i) {
    std::ofstream(folder.path / ("f" + std::to_string(i) + ".txt")) << "x";
  }
  CompletionOptions options;
  options.folder = folder.path;
  options.maxPaths = 10;
  const auto result = completeAt("extension A {\n    resource \"|", options);
  CHECK(result.items.size() == 10);
  CHECK(result.incomplete);
}

TEST_CASE("@icon offers the extension's resources") {
  const auto list =
      labelsAt("extension A {\n    resource \"icons/a.ico\"\n    @icon(\"|\")\n    action X {}\n}");
  CHECK(list == std::vector<std::string>{"icons/a.ico"});
}

// --- Every position of a small file ----------------------------------------------------

namespace {

const std::string kSmallFile = R"(/// A small extension. é𝄞
@dbms(SqlServer)
extension Small {
    /// Adds two numbers.
    @function
    action Add {
        input A?: Integer = 1
        input Flag?: Boolean = true
        output Sum: Decimal
    }
    structure Pair {
        Left: Text(20) // é
        Items: List<Record<Pair, Row>>
    }
    @table("[DB].[dbo].[T]")
    entity Row {
        @identifier Id: Integer
        Ref?: Identifier<Row>
        Note?: Text = "é𝄞"
    }
    @deploy(Binaries) resource "lib/x.dll"
}
)";

/// The declarations that may follow an annotation or complete a keyword.
const std::vector<std::string> kTails{
    " extension E {}", " action A {}", " entity E {}",      " resource \"r\"",
    " structure S {}", " X: Integer",  " input X: Integer", ""};

/// What may follow the item's text to make a complete construct (the minimal
/// continuations a user would type next); the item is fine if any of them parses.
std::vector<std::string> continuations(const CompletionItem& item) {
  std::vector<std::string> out;
  switch (item.kind) {
  case CompletionItemKind::Keyword:
    if (item.label == "input" || item.label == "output") {
      out.emplace_back(" X: Integer");
    } else if (item.label == "resource") {
      out.emplace_back(" \"r\"");
    } else {
      out.emplace_back(" N {}");
    }
    break;
  case CompletionItemKind::Type:
  case CompletionItemKind::Structure:
  case CompletionItemKind::Entity: {
    const std::string inner = item.label == "Identifier<…>"                          ? "Row"
                              : item.label == "List<…>" || item.label == "Record<…>" ? "Pair"
                                                                                     : "";
    std::string closers;
    for (int depth = 0; depth < 4; ++depth) {
      out.push_back(inner + closers);
      closers += ">";
    }
    break;
  }
  case CompletionItemKind::Annotation: {
    const auto* fact = oxt::features::annotationFact(item.label);
    REQUIRE(fact != nullptr);
    for (const auto& tail : kTails) {
      out.push_back(std::string(fact->plainArguments) + tail);
    }
    break;
  }
  case CompletionItemKind::Value:
    out.emplace_back("");
    for (const auto& tail : kTails) {
      out.push_back(")" + tail);
    }
    break;
  case CompletionItemKind::File:
  case CompletionItemKind::Folder:
    break;
  }
  return out;
}

/// Whether the text before the item, the item and one of its continuations parse
/// without any error: the item is valid where it is offered.
bool parsesThere(const std::string& text, const CompletionItem& item) {
  const auto before = text.substr(0, item.replace.start);
  for (const auto& continuation : continuations(item)) {
    const SyntaxTree tree(before + item.insertText + continuation);
    if (!tree.root().hasError()) {
      return true;
    }
  }
  return false;
}

void checkEveryOffset(const std::string& text, const std::vector<uint32_t>& offsets) {
  const SyntaxTree tree(text);
  REQUIRE_FALSE(tree.root().hasError());
  const oxt::model::Analysis analysis(tree);
  std::size_t offered = 0;
  for (const auto offset : offsets) {
    const auto result = oxt::features::complete(tree, analysis, offset, {});
    for (const auto& entry : result.items) {
      INFO("offset " << offset << ": '" << text.substr(0, offset) << "|' offers " << entry.label);
      CHECK(entry.replace.start <= offset);
      CHECK(offset <= entry.replace.end);
      CHECK(text.substr(entry.replace.start, entry.replace.end - entry.replace.start).find('\n') ==
            std::string::npos);
      if (entry.kind != CompletionItemKind::File && entry.kind != CompletionItemKind::Folder) {
        CHECK(parsesThere(text, entry));
      }
      ++offered;
    }
  }
  // The test is not vacuous: keywords, types and annotations were offered.
  CHECK(offered > 200);
}

} // namespace

TEST_CASE("at every byte of a small file, every item offered parses there") {
  std::vector<uint32_t> offsets;
  for (uint32_t offset = 0; offset <= kSmallFile.size(); ++offset) {
    offsets.push_back(offset);
  }
  checkEveryOffset(kSmallFile, offsets);
}

TEST_CASE("at every UTF-16 position of a small file, every item offered parses there") {
  const SyntaxTree tree(kSmallFile);
  std::vector<uint32_t> offsets;
  for (uint32_t line = 0; line < tree.lines().lineCount(); ++line) {
    const auto end = tree.positionAt(tree.lines().lineContentEnd(kSmallFile, line),
                                     oxt::syntax::PositionEncoding::Utf16);
    for (uint32_t character = 0; character <= end.character; ++character) {
      offsets.push_back(tree.offsetAt({line, character}, oxt::syntax::PositionEncoding::Utf16));
    }
  }
  checkEveryOffset(kSmallFile, offsets);
}

TEST_CASE("every item offered in half-typed prefixes of the small file parses there") {
  // Each prefix of the file is a state the user passes through while typing it.
  std::size_t checked = 0;
  for (uint32_t cut = 0; cut <= kSmallFile.size(); ++cut) {
    const auto text = kSmallFile.substr(0, cut);
    const SyntaxTree tree(text);
    const oxt::model::Analysis analysis(tree);
    const auto result = oxt::features::complete(tree, analysis, cut, {});
    for (const auto& entry : result.items) {
      if (entry.kind == CompletionItemKind::File || entry.kind == CompletionItemKind::Folder) {
        continue;
      }
      INFO("'" << text << "|' offers " << entry.label);
      CHECK(parsesThere(text, entry));
      ++checked;
    }
  }
  CHECK(checked > 100);
}

TEST_CASE("an argument list left open ends where a declaration starts") {
  const TempFolder folder;
  CompletionOptions options;
  options.folder = folder.path;
  const std::string above = "extension A {\n    @deploy(\n    resource \"lib/|\n";
  CHECK(labels(completeAt(above, options)) == std::vector<std::string>{"Acme.dll", "Acme.pdb"});
  CHECK(labelsAt("extension A {\n    @dbms(\n    action X {\n        |") == kParameters);
  CHECK(has(labelsAt("extension A {\n    @table(\n    entity E {\n        N: |"), "Text"));
}

TEST_CASE("a parameter left without a type does not swallow the next one") {
  const std::string definitions = "\n    entity Loan {\n        @identifier Id: Integer\n    }\n";
  CHECK(labelsAt("extension A {\n    action Pay {\n        input Amount: \n        output Id: "
                 "Identifier<|\n    }" +
                 definitions) == std::vector<std::string>{"Loan"});
  // The type may be on the next line: still a type position.
  CHECK(has(labelsAt("extension A {\n    action Pay {\n        input Amount:\n        |"), "Text"));
  CHECK(labelsAt("extension A {\n    structure S {\n        N:\n    }\n    |") == kMembers);
}

TEST_CASE("line ends, byte order marks and comments between tokens") {
  CHECK(labelsAt("extension A {\r\n    |\r\n}\r\n") == kMembers);
  CHECK(labelsAt("\xEF\xBB\xBF|") == std::vector<std::string>{"extension"});
  CHECK(has(labelsAt("extension A {\n    action X {\n        input P: /* which? */ |"), "Text"));
  CHECK(labelsAt("extension A {\n    action X {\n        // a comment\n        |") == kParameters);
  CHECK(labelsAt("extension A { /* x */ |") == kMembers);
}

TEST_CASE("annotations at the end of a body apply to what the body holds") {
  CHECK(labelsAt("extension A {\n    entity E {\n        Id: Integer\n        @|\n    }\n}") ==
        std::vector<std::string>{"identifier", "autoNumber", "column", "ignore"});
  const auto list = labelsAt("extension A {\n    action X {\n        input P: Text\n    }\n    @|");
  CHECK(has(list, "function"));
  CHECK(has(list, "deploy"));
}

TEST_CASE("a stray character before the cursor stops completion, not the server") {
  CHECK(labelsAt("extension A {\n    !|").empty());
  CHECK(labelsAt("extension A {\n    ! |") == kMembers);
}

TEST_CASE("a declaration keyword left without a name does not name the next declaration") {
  CHECK(labelsAt("extension A {\n    action\n    structure S {\n        N: Text\n    }\n    |") ==
        kMembers);
  CHECK(labelsAt("extension A {\n    entity\n    action X {\n        |") == kParameters);
}

TEST_CASE("reading the members around the cursor offers what reading the whole text offers") {
  // Completion reads only the extension's header and the members near the cursor when
  // the others are closed and well-formed. Random typing in the examples, then
  // completion at the edit and at random places, compared with a whole-text reading.
  const auto summary = [](const CompletionResult& result) {
    std::string out = result.incomplete ? "incomplete\n" : "";
    for (const auto& item : result.items) {
      out += item.label + "|" + std::to_string(static_cast<int>(item.kind)) + "|" +
             item.insertText + "|" + std::to_string(item.replace.start) + "-" +
             std::to_string(item.replace.end) + "|" + item.detail + "|" + item.sortText + "\n";
    }
    return out;
  };
  CompletionOptions whole;
  whole.wholeText = true;
  std::size_t offered = 0;
  oxt::test::typeIntoExamples(120, [&](const auto& file, int step, const SyntaxTree& tree,
                                       const auto& edit, std::mt19937& random) {
    const oxt::model::Analysis analysis(tree);
    const auto size = static_cast<uint32_t>(tree.text().size());
    std::vector<uint32_t> offsets{
        std::min(size, edit.range.start + static_cast<uint32_t>(edit.newText.size()))};
    for (int k = 0; k < 4; ++k) {
      offsets.push_back(std::uniform_int_distribution<uint32_t>(0, size)(random));
    }
    for (const auto offset : offsets) {
      CAPTURE(file, step, offset, tree.text());
      const auto around = oxt::features::complete(tree, analysis, offset, {});
      REQUIRE(summary(around) == summary(oxt::features::complete(tree, analysis, offset, whole)));
      offered += around.items.size();
    }
  });
  CHECK(offered > 0);
}

TEST_CASE("on files without syntax errors, the members next to the cursor are enough") {
  // Without errors, completion reads only the member before the cursor, the one at it
  // and the one after (a few nodes of the tree). Each example, then each example with
  // one member's closing brace or one string's closing quote removed (still no error:
  // both are optional), compared with a whole-text reading at many places.
  const auto summary = [](const CompletionResult& result) {
    std::string out;
    for (const auto& item : result.items) {
      out += item.label + "|" + item.insertText + "|" + std::to_string(item.replace.start) + "-" +
             std::to_string(item.replace.end) + "\n";
    }
    return out;
  };
  CompletionOptions whole;
  whole.wholeText = true;
  std::size_t variants = 0;
  std::size_t offered = 0;
  for (const auto& file : oxt::test::exampleFiles()) {
    const auto original = oxt::test::readSourceFile(file);
    std::vector<std::string> texts{original};
    for (std::size_t at = 0; at < original.size(); ++at) {
      if (original[at] == '}' || original[at] == '"') {
        texts.push_back(original.substr(0, at) + original.substr(at + 1));
      }
    }
    std::mt19937 random(20261129U);
    for (const auto& text : texts) {
      const SyntaxTree tree(text);
      if (tree.root().hasError()) {
        continue; // the other test covers text with errors
      }
      ++variants;
      const oxt::model::Analysis analysis(tree);
      const auto size = static_cast<uint32_t>(text.size());
      for (int k = 0; k < 40; ++k) {
        const auto offset = std::uniform_int_distribution<uint32_t>(0, size)(random);
        CAPTURE(file, text, offset);
        const auto around = oxt::features::complete(tree, analysis, offset, {});
        REQUIRE(summary(around) == summary(oxt::features::complete(tree, analysis, offset, whole)));
        offered += around.items.size();
      }
    }
  }
  CHECK(variants > 10);
  CHECK(offered > 0);
}
