#include "generated_extension.h"

namespace oxt::bench {

std::string generatedExtension(int actions) {
  std::string out = "/// Generated for benchmarks.\n@dbms(SqlServer)\nextension BenchLib {\n\n";
  for (int i = 0; i < actions; ++i) {
    const auto n = std::to_string(i);
    if (i % 10 == 0) {
      out += "    /// Record number " + n + ".\n    structure Rec" + n + " {\n" +
             "        Id: Integer\n        Label: Text(100)\n        Amount: Decimal(18, 2)\n"
             "    }\n\n";
    }
    if (i % 50 == 0) {
      out += "    @table(\"[DB].[dbo].[T" + n + "]\")\n    entity Ent" + n + " {\n" +
             "        @identifier @autoNumber\n        Id: Integer\n        Name: Text(50)\n"
             "    }\n\n";
    }
    const auto record = std::to_string(i - i % 10);
    out += "    /// Action number " + n + ".\n    action Act" + n + " {\n" +
           "        input Name: Text\n        input Count?: Integer = 3\n" +
           "        input Item: Rec" + record + "\n        output Result: List<Rec" + record +
           ">\n    }\n\n";
  }
  out += "}\n";
  return out;
}

} // namespace oxt::bench
