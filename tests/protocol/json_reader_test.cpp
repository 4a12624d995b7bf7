// Reading params: typed errors with the JSON path of the first problem.
#include <catch2/catch_test_macros.hpp>

#include "protocol/diagnostic_types.h"
#include "protocol/document_types.h"
#include "protocol/lifecycle_types.h"

using oxt::protocol::Json;
using oxt::protocol::readParams;

TEST_CASE("a wrong type names the field's path") {
  oxt::protocol::DidChangeTextDocumentParams params;
  const auto error = readParams(Json::parse(R"({"textDocument":{"uri":"file:///a","version":1},
      "contentChanges":[{"text":""},{"range":{"start":{"line":"2","character":0},
      "end":{"line":0,"character":0}},"text":""}]})"),
                                params);
  REQUIRE(error);
  CHECK(error->text() == "params.contentChanges[1].range.start.line: expected integer");
}

TEST_CASE("a missing field, a negative position and a non-object are errors") {
  oxt::protocol::DocumentDiagnosticParams diagnostic;
  CHECK(readParams(Json::parse(R"({})"), diagnostic)->text() ==
        "params.textDocument: required field is missing");
  oxt::protocol::DidChangeTextDocumentParams change;
  CHECK(readParams(Json::parse(R"({"textDocument":{"uri":"u","version":1},"contentChanges":[
      {"range":{"start":{"line":-1,"character":0},"end":{"line":0,"character":0}},"text":""}]})"),
                   change)
            ->text() == "params.contentChanges[0].range.start.line: integer out of range");
  CHECK(readParams(Json(3), diagnostic)->text() == "params: expected object");
}

TEST_CASE("initialize reads the capabilities the server acts on, leniently") {
  oxt::protocol::InitializeParams params;
  REQUIRE_FALSE(readParams(Json::parse(R"({"processId":12,"rootUri":null,"capabilities":{
      "general":{"positionEncodings":["utf-8",3]},"window":{"workDoneProgress":"yes"},
      "textDocument":{"diagnostic":{},"publishDiagnostics":{"tagSupport":{"valueSet":[1,2]}}}},
      "clientInfo":{"name":"t"}})"),
                           params));
  CHECK(params.processId == 12);
  CHECK(params.capabilities.positionEncodings == std::vector<std::string>{"utf-8"});
  CHECK_FALSE(params.capabilities.workDoneProgress); // not a boolean: not offered
  CHECK(params.capabilities.pullDiagnostics);
  CHECK(params.capabilities.unnecessaryTag);
  CHECK(params.clientName == "t");
}
