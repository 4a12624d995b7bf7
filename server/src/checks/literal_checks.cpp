// Inside literals, where the grammar accepts more than the language: escapes
// other than \" \\ \n \t \u{…}, and date and time literals that are not
// #yyyy-MM-dd#, #HH:mm:ss# or #yyyy-MM-dd HH:mm:ss#, or do not exist.
#include <string>

#include "checks/check_functions.h"
#include "checks/model_walk.h"
#include "model/literals.h"

namespace oxt::checks {

void checkStringEscapes(const CheckInput& input, Reporter& reporter) {
  forEachLiteral(input, [&](const model::Literal& literal) {
    if (literal.kind != model::LiteralKind::String) {
      return;
    }
    for (const auto& problem : model::decodeString(literal.text).problems) {
      const auto start = literal.range.start + problem.offset;
      std::string message = "unknown escape sequence '" + problem.escape + "'";
      if (problem.escape.rfind("\\u", 0) == 0) {
        message += ": write \\u{…} with 1 to 6 hexadecimal digits of a Unicode character";
      } else {
        message += ": the escapes are \\\" \\\\ \\n \\t \\u{…}; write '\\\\' for a backslash";
      }
      reporter.report({start, start + problem.length}, std::move(message));
    }
  });
}

void checkDateTimeLiterals(const CheckInput& input, Reporter& reporter) {
  forEachLiteral(input, [&](const model::Literal& literal) {
    if (literal.kind != model::LiteralKind::DateTime) {
      return;
    }
    const auto parsed = model::parseDateTime(literal.text);
    if (!parsed.value) {
      reporter.report(literal.range,
                      "invalid date and time '" + literal.text + "': " + parsed.problem);
    }
  });
}

} // namespace oxt::checks
