// Stand-in of the OutSystems runtime API (see ObjectKeys.cs for what and why).
// This file: reading records from the database, and the namespaces the generated
// code imports without using anything visible from them.
using System;
using System.Data;

namespace OutSystems.HubEdition.RuntimePlatform.Db {

	/// <summary>Reads one column of the current row, or the default when it is NULL.</summary>
	public static class DataReaderExtensions {
		public static string ReadText(this IDataReader r, int index, string name, string defaultValue) { throw new NotImplementedException(); }
		public static int ReadInteger(this IDataReader r, int index, string name, int defaultValue) { throw new NotImplementedException(); }
		public static long ReadLongInteger(this IDataReader r, int index, string name, long defaultValue) { throw new NotImplementedException(); }
		public static decimal ReadDecimal(this IDataReader r, int index, string name, decimal defaultValue) { throw new NotImplementedException(); }
		public static decimal ReadCurrency(this IDataReader r, int index, string name, decimal defaultValue) { throw new NotImplementedException(); }
		public static bool ReadBoolean(this IDataReader r, int index, string name, bool defaultValue) { throw new NotImplementedException(); }
		public static DateTime ReadDateTime(this IDataReader r, int index, string name, DateTime defaultValue) { throw new NotImplementedException(); }
		public static DateTime ReadDate(this IDataReader r, int index, string name, DateTime defaultValue) { throw new NotImplementedException(); }
		public static DateTime ReadTime(this IDataReader r, int index, string name, DateTime defaultValue) { throw new NotImplementedException(); }
		public static byte[] ReadBinaryData(this IDataReader r, int index, string name, byte[] defaultValue) { throw new NotImplementedException(); }
		public static int ReadEntityReference(this IDataReader r, int index, string name, int defaultValue) { throw new NotImplementedException(); }
	}

	/// <summary>Reads a record from the current row, in place of the record's own Read.</summary>
	public delegate void ReadDBMethodDelegate(object record, IDataReader reader);
}

// Imported by the generated files; nothing the generated code names comes from
// them, but a `using` of a namespace no assembly declares does not compile.
namespace OutSystems.RuntimeCommon {
	internal static class NamespaceMarker {}
}

namespace OutSystems.Internal.Db {
	internal static class NamespaceMarker {}
}

namespace OutSystems.RuntimePublic.Db {
	internal static class NamespaceMarker {}
}
