// RecordLists.cs: one `RL<Name>RecordList` per record type, a
// `GenericRecordList<RC<Name>Record>` with the conversions Integration Studio
// writes (domain.md §2.2, §4.5).
#include "codegen/action_methods.h"
#include "codegen/code_writer.h"
#include "codegen/csharp_types.h"
#include "codegen/record_files.h"

namespace oxt::codegen {

namespace {

void writeRecordList(CodeWriter& writer, const model::Extension& extension,
                     const std::vector<model::DefinitionRef>& members) {
  const auto base = recordBaseName(extension, members);
  const auto list = "RL" + base + "RecordList";
  const auto record = "RC" + base + "Record";
  writer.line(1, "/// <summary>");
  writer.line(1, "/// RecordList type <code>" + list + "</code> that represents a record list of");
  writer.line(1, "///  <code>" + base + "</code>");
  writer.line(1, "/// </summary>");
  writer.line(1, "[Serializable()]");
  writer.line(1, "public partial class " + list + ": GenericRecordList<" + record +
                     ">, IEnumerable, IEnumerator, ISerializable {");
  writer.line(2, "public static void EnsureInitialized() {}");
  writer.blank();
  writer.line(2, "protected override " + record + " GetElementDefaultValue() {");
  writer.line(3, "return new " + record + "(\"\");");
  writer.line(2, "}");
  writer.blank();
  writer.line(2, "public T[] ToArray<T>(Func<" + record + ", T> converter) {");
  writer.line(3, "return ToArray(this, converter);");
  writer.line(2, "}");
  writer.blank();
  writer.line(2, "public static T[] ToArray<T>(" + list + " recordlist, Func<" + record +
                     ", T> converter) {");
  writer.line(3, "return InnerToArray(recordlist, converter);");
  writer.line(2, "}");
  writer.line(2, "public static implicit operator " + list + "(" + record + "[] array) {");
  writer.line(3, list + " result = new " + list + "();");
  writer.line(3, "result.InnerFromArray(array);");
  writer.line(3, "return result;");
  writer.line(2, "}");
  writer.blank();
  writer.line(2, "public static " + list + " ToList<T>(T[] array, Func <T, " + record +
                     "> converter) {");
  writer.line(3, list + " result = new " + list + "();");
  writer.line(3, "result.InnerFromArray(array, converter);");
  writer.line(3, "return result;");
  writer.line(2, "}");
  writer.blank();
  writer.line(2, "public static " + list + " FromRestList<T>(RestList<T> restList, Func <T, " +
                     record + "> converter) {");
  writer.line(3, list + " result = new " + list + "();");
  writer.line(3, "result.InnerFromRestList(restList, converter);");
  writer.line(3, "return result;");
  writer.line(2, "}");
  writer.line(2, "/// <summary>");
  writer.line(2, "/// Default Constructor");
  writer.line(2, "/// </summary>");
  writer.line(2, "public " + list + "(): base() {");
  writer.line(2, "}");
  writer.blank();
  writer.line(2, "/// <summary>");
  writer.line(2, "/// Constructor with transaction parameter");
  writer.line(2, "/// </summary>");
  writer.line(2, "/// <param name=\"trans\"> IDbTransaction Parameter</param>");
  writer.line(2, "[Obsolete(\"Use the Default Constructor and set the Transaction afterwards.\")]");
  writer.line(2, "public " + list + "(IDbTransaction trans): base(trans) {");
  writer.line(2, "}");
  writer.blank();
  writer.line(2, "/// <summary>");
  writer.line(2, "/// Constructor with transaction parameter and alternate read method");
  writer.line(2, "/// </summary>");
  writer.line(2, "/// <param name=\"trans\"> IDbTransaction Parameter</param>");
  writer.line(2, "/// <param name=\"alternateReadDBMethod\"> Alternate Read Method</param>");
  writer.line(2, "[Obsolete(\"Use the Default Constructor and set the Transaction afterwards.\")]");
  writer.line(2, "public " + list +
                     "(IDbTransaction trans, ReadDBMethodDelegate alternateReadDBMethod): "
                     "this(trans) {");
  writer.line(3, "this.alternateReadDBMethod = alternateReadDBMethod;");
  writer.line(2, "}");
  writer.blank();
  writer.line(2, "/// <summary>");
  writer.line(2, "/// Constructor declaration for serialization");
  writer.line(2, "/// </summary>");
  writer.line(2, "/// <param name=\"info\"> SerializationInfo</param>");
  writer.line(2, "/// <param name=\"context\"> StreamingContext</param>");
  writer.line(2, "public " + list +
                     "(SerializationInfo info, StreamingContext context): base(info, context) {");
  writer.line(2, "}");
  writer.blank();
  writer.line(2, "public override BitArray[] GetDefaultOptimizedValues() {");
  writer.line(3, "BitArray[] def = new BitArray[" + std::to_string(members.size()) + "];");
  for (std::size_t i = 0; i < members.size(); ++i) {
    const auto& member = members[i];
    writer.line(3,
                "def[" + std::to_string(i) + "] = " +
                    (member.kind == model::DefinitionRef::Kind::Entity
                         ? "new BitArray(" +
                               std::to_string(extension.entities[member.index].attributes.size()) +
                               ", false)"
                         : std::string("null")) +
                    ";");
  }
  writer.line(3, "return def;");
  writer.line(2, "}");
  writer.line(2, "/// <summary>");
  writer.line(2, "/// Create as new list");
  writer.line(2, "/// </summary>");
  writer.line(2, "/// <returns>The new record list</returns>");
  writer.line(2, "protected override OSList<" + record + "> NewList() {");
  writer.line(3, "return new " + list + "();");
  writer.line(2, "}");
  writer.blank();
  writer.blank();
  writer.line(1, "} // " + list);
  writer.blank();
}

} // namespace

std::string recordListsFile(const model::Extension& extension) {
  CodeWriter writer;
  for (const char* name :
       {"System", "System.Data", "System.Collections", "System.Runtime.Serialization",
        "System.Reflection", "System.Xml", "OutSystems.ObjectKeys", "OutSystems.RuntimeCommon",
        "OutSystems.HubEdition.RuntimePlatform", "OutSystems.HubEdition.RuntimePlatform.Db",
        "OutSystems.Internal.Db", "OutSystems.HubEdition.RuntimePlatform.NewRuntime"}) {
    writer.line(std::string("using ") + name + ";");
  }
  writer.blank();
  writer.line("namespace " + namespaceName(extension) + " {");
  writer.blank();
  for (const auto& members : recordTypes(extension)) {
    writeRecordList(writer, extension, members);
  }
  writer.line("}");
  return writer.take();
}

} // namespace oxt::codegen
