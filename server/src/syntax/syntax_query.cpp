#include "syntax/syntax_query.h"

#include <algorithm>
#include <utility>

#include <tree_sitter/api.h>

#include "syntax/oxt_language.h"

namespace oxt::syntax {

namespace {

std::string_view errorName(TSQueryError error) {
  switch (error) {
  case TSQueryErrorSyntax:
    return "syntax error";
  case TSQueryErrorNodeType:
    return "unknown node type";
  case TSQueryErrorField:
    return "unknown field";
  case TSQueryErrorCapture:
    return "unknown capture";
  case TSQueryErrorStructure:
    return "impossible pattern";
  case TSQueryErrorLanguage:
    return "incompatible language";
  default:
    return "error";
  }
}

} // namespace

void SyntaxQuery::QueryDeleter::operator()(TSQuery* query) const { ts_query_delete(query); }

SyntaxQuery::SyntaxQuery(TSQuery* query) : query_(query, QueryDeleter{}) {
  const auto count = ts_query_capture_count(query);
  names_.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t length = 0;
    const char* name = ts_query_capture_name_for_id(query, i, &length);
    names_.emplace_back(name, length);
  }
}

std::variant<SyntaxQuery, QueryError> SyntaxQuery::compile(std::string_view source) {
  uint32_t errorOffset = 0;
  TSQueryError error = TSQueryErrorNone;
  TSQuery* query = ts_query_new(tree_sitter_oxt(), source.data(),
                                static_cast<uint32_t>(source.size()), &errorOffset, &error);
  if (query == nullptr) {
    return QueryError{errorOffset, std::string(errorName(error))};
  }
  return SyntaxQuery(query);
}

std::vector<QueryCapture> SyntaxQuery::captures(SyntaxNode root,
                                                std::optional<ByteRange> range) const {
  std::vector<QueryCapture> out;
  if (!root) {
    return out;
  }
  // A cursor per call: the compiled query is immutable and shared, cursors are not.
  TSQueryCursor* cursor = ts_query_cursor_new();
  if (range) {
    ts_query_cursor_set_byte_range(cursor, range->start, range->end);
  }
  ts_query_cursor_exec(cursor, query_.get(), root.tsNode());
  // Matches rather than captures: ts_query_cursor_next_capture keeps matches pending
  // until it can hand out their captures in document order, which cost about half of
  // a highlights query over a large file; sorting the captures afterwards is cheaper.
  TSQueryMatch match;
  while (ts_query_cursor_next_match(cursor, &match)) {
    for (uint16_t i = 0; i < match.capture_count; ++i) {
      out.push_back(QueryCapture{match.captures[i].index, SyntaxNode(match.captures[i].node)});
    }
  }
  ts_query_cursor_delete(cursor);
  const auto byStart = [](const QueryCapture& a, const QueryCapture& b) {
    return ts_node_start_byte(a.node.tsNode()) < ts_node_start_byte(b.node.tsNode());
  };
  if (!std::is_sorted(out.begin(), out.end(), byStart)) {
    std::stable_sort(out.begin(), out.end(), byStart);
  }
  return out;
}

std::vector<QueryCapture> SyntaxQuery::captures(const SyntaxTree& tree) const {
  if (tree.segmentCount() == 1) {
    return captures(tree.root());
  }
  std::vector<QueryCapture> all;
  for (const auto& segment : tree.segments()) {
    for (auto& capture : captures(segment.root, segment.owned)) {
      const auto start = capture.node.byteRange().start;
      if (start >= segment.owned.start && start < segment.owned.end) {
        all.push_back(capture);
      }
    }
  }
  return all;
}

} // namespace oxt::syntax
