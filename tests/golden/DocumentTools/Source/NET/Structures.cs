using System;
using System.Collections;
using System.Data;
using System.Reflection;
using System.Runtime.Serialization;
using OutSystems.ObjectKeys;
using OutSystems.RuntimeCommon;
using OutSystems.HubEdition.RuntimePlatform;
using OutSystems.HubEdition.RuntimePlatform.Db;
using OutSystems.Internal.Db;

namespace OutSystems.NssDocumentTools {

	/// <summary>
	/// Structure <code>STDocumentStructure</code> that represents the Service Studio structure
	///  <code>Document</code> <p> Description: A document passed to or returned by the actions.</p>
	/// </summary>
	[Serializable()]
	public partial struct STDocumentStructure: ISerializable, ITypedRecord<STDocumentStructure>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdFileName = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*9KE1F0TcVcS3ptTvo4dxLQ");
		internal static readonly GlobalObjectKey IdContentType = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*L3oXmoCsWUaqJDJ3VAD0Pw");
		internal static readonly GlobalObjectKey IdContent = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*FanlqB3yVgm0Lf4xop6ZlA");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("FileName")]
		public string ssFileName;

		[System.Xml.Serialization.XmlElement("ContentType")]
		public string ssContentType;

		[System.Xml.Serialization.XmlElement("Content")]
		public byte[] ssContent;


		public BitArray OptimizedAttributes;

		public STDocumentStructure(params string[] dummy) {
			OptimizedAttributes = null;
			ssFileName = "";
			ssContentType = "application/pdf";
			ssContent = new byte[] {};
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[0];
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
				}
			}
			get {
				BitArray[] all = new BitArray[0];
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssFileName = r.ReadText(index++, "Document.FileName", "");
			ssContentType = r.ReadText(index++, "Document.ContentType", "");
			ssContent = r.ReadBinaryData(index++, "Document.Content", new byte[] {});
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(STDocumentStructure r) {
			this = r;
		}


		public static bool operator == (STDocumentStructure a, STDocumentStructure b) {
			if (a.ssFileName != b.ssFileName) return false;
			if (a.ssContentType != b.ssContentType) return false;
			if (!RuntimePlatformUtils.CompareByteArrays(a.ssContent, b.ssContent)) return false;
			return true;
		}

		public static bool operator != (STDocumentStructure a, STDocumentStructure b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(STDocumentStructure)) return false;
			return (this == (STDocumentStructure) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssFileName.GetHashCode()
				^ ssContentType.GetHashCode()
				^ ssContent.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public STDocumentStructure(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssFileName = "";
			ssContentType = "application/pdf";
			ssContent = new byte[] {};
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssFileName", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssFileName' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssFileName = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssContentType", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssContentType' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssContentType = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssContent", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssContent' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssContent = (byte[]) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
		}

		public void InternalRecursiveSave() {
		}


		public STDocumentStructure Duplicate() {
			STDocumentStructure t;
			t.ssFileName = this.ssFileName;
			t.ssContentType = this.ssContentType;
			t.ssContent = this.ssContent;
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Structure");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
				fieldName = fieldName.ToLowerInvariant();
			}
			if (detailLevel > 0) {
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".FileName")) VarValue.AppendAttribute(recordElem, "FileName", ssFileName, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "FileName");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".ContentType")) VarValue.AppendAttribute(recordElem, "ContentType", ssContentType, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "ContentType");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Content")) VarValue.AppendAttribute(recordElem, "Content", ssContent, detailLevel, TypeKind.BinaryData); else VarValue.AppendOptimizedAttribute(recordElem, "Content");
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "filename") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".FileName")) variable.Value = ssFileName; else variable.Optimized = true;
			} else if (head == "contenttype") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".ContentType")) variable.Value = ssContentType; else variable.Optimized = true;
			} else if (head == "content") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Content")) variable.Value = ssContent; else variable.Optimized = true;
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdFileName) {
				return ssFileName;
			} else if (key == IdContentType) {
				return ssContentType;
			} else if (key == IdContent) {
				return ssContent;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssFileName = (string) other.AttributeGet(IdFileName);
			ssContentType = (string) other.AttributeGet(IdContentType);
			ssContent = (byte[]) other.AttributeGet(IdContent);
		}
		public bool IsDefault() {
			STDocumentStructure defaultStruct = new STDocumentStructure(null);
			if (this.ssFileName != defaultStruct.ssFileName) return false;
			if (this.ssContentType != defaultStruct.ssContentType) return false;
			if (!RuntimePlatformUtils.CompareByteArrays(this.ssContent, defaultStruct.ssContent)) return false;
			return true;
		}
	} // STDocumentStructure

	/// <summary>
	/// Structure <code>STDocumentInfoStructure</code> that represents the Service Studio structure
	///  <code>DocumentInfo</code> <p> Description: Metadata read from a document.</p>
	/// </summary>
	[Serializable()]
	public partial struct STDocumentInfoStructure: ISerializable, ITypedRecord<STDocumentInfoStructure>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdTitle = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*rlRzrBeCWjmnFj2EFzKuXw");
		internal static readonly GlobalObjectKey IdAuthor = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*4bRkmGEGU5q5F+b2lLtWYA");
		internal static readonly GlobalObjectKey IdPageCount = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*Oi4+oYZdWHWc1Fl1YR0dHA");
		internal static readonly GlobalObjectKey IdCreatedOn = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*0ZG2ZteRUg+V+N6tVyECZw");
		internal static readonly GlobalObjectKey IdIsEncrypted = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*181m4YQlUZee7Xb8GRxZ3Q");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Title")]
		public string ssTitle;

		[System.Xml.Serialization.XmlElement("Author")]
		public string ssAuthor;

		[System.Xml.Serialization.XmlElement("PageCount")]
		public int ssPageCount;

		[System.Xml.Serialization.XmlElement("CreatedOn")]
		public DateTime ssCreatedOn;

		[System.Xml.Serialization.XmlElement("IsEncrypted")]
		public bool ssIsEncrypted;


		public BitArray OptimizedAttributes;

		public STDocumentInfoStructure(params string[] dummy) {
			OptimizedAttributes = null;
			ssTitle = "";
			ssAuthor = "";
			ssPageCount = 0;
			ssCreatedOn = new DateTime(1900, 1, 1, 0, 0, 0);
			ssIsEncrypted = false;
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[0];
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
				}
			}
			get {
				BitArray[] all = new BitArray[0];
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssTitle = r.ReadText(index++, "DocumentInfo.Title", "");
			ssAuthor = r.ReadText(index++, "DocumentInfo.Author", "");
			ssPageCount = r.ReadInteger(index++, "DocumentInfo.PageCount", 0);
			ssCreatedOn = r.ReadDateTime(index++, "DocumentInfo.CreatedOn", new DateTime(1900, 1, 1, 0, 0, 0));
			ssIsEncrypted = r.ReadBoolean(index++, "DocumentInfo.IsEncrypted", false);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(STDocumentInfoStructure r) {
			this = r;
		}


		public static bool operator == (STDocumentInfoStructure a, STDocumentInfoStructure b) {
			if (a.ssTitle != b.ssTitle) return false;
			if (a.ssAuthor != b.ssAuthor) return false;
			if (a.ssPageCount != b.ssPageCount) return false;
			if (a.ssCreatedOn != b.ssCreatedOn) return false;
			if (a.ssIsEncrypted != b.ssIsEncrypted) return false;
			return true;
		}

		public static bool operator != (STDocumentInfoStructure a, STDocumentInfoStructure b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(STDocumentInfoStructure)) return false;
			return (this == (STDocumentInfoStructure) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssTitle.GetHashCode()
				^ ssAuthor.GetHashCode()
				^ ssPageCount.GetHashCode()
				^ ssCreatedOn.GetHashCode()
				^ ssIsEncrypted.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public STDocumentInfoStructure(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssTitle = "";
			ssAuthor = "";
			ssPageCount = 0;
			ssCreatedOn = new DateTime(1900, 1, 1, 0, 0, 0);
			ssIsEncrypted = false;
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssTitle", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssTitle' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssTitle = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssAuthor", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssAuthor' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssAuthor = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssPageCount", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssPageCount' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssPageCount = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssCreatedOn", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssCreatedOn' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssCreatedOn = (DateTime) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssIsEncrypted", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssIsEncrypted' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssIsEncrypted = (bool) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
		}

		public void InternalRecursiveSave() {
		}


		public STDocumentInfoStructure Duplicate() {
			STDocumentInfoStructure t;
			t.ssTitle = this.ssTitle;
			t.ssAuthor = this.ssAuthor;
			t.ssPageCount = this.ssPageCount;
			t.ssCreatedOn = this.ssCreatedOn;
			t.ssIsEncrypted = this.ssIsEncrypted;
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Structure");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
				fieldName = fieldName.ToLowerInvariant();
			}
			if (detailLevel > 0) {
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Title")) VarValue.AppendAttribute(recordElem, "Title", ssTitle, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Title");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Author")) VarValue.AppendAttribute(recordElem, "Author", ssAuthor, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Author");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".PageCount")) VarValue.AppendAttribute(recordElem, "PageCount", ssPageCount, detailLevel, TypeKind.Integer); else VarValue.AppendOptimizedAttribute(recordElem, "PageCount");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".CreatedOn")) VarValue.AppendAttribute(recordElem, "CreatedOn", ssCreatedOn, detailLevel, TypeKind.DateTime); else VarValue.AppendOptimizedAttribute(recordElem, "CreatedOn");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".IsEncrypted")) VarValue.AppendAttribute(recordElem, "IsEncrypted", ssIsEncrypted, detailLevel, TypeKind.Boolean); else VarValue.AppendOptimizedAttribute(recordElem, "IsEncrypted");
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "title") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Title")) variable.Value = ssTitle; else variable.Optimized = true;
			} else if (head == "author") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Author")) variable.Value = ssAuthor; else variable.Optimized = true;
			} else if (head == "pagecount") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".PageCount")) variable.Value = ssPageCount; else variable.Optimized = true;
			} else if (head == "createdon") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".CreatedOn")) variable.Value = ssCreatedOn; else variable.Optimized = true;
			} else if (head == "isencrypted") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".IsEncrypted")) variable.Value = ssIsEncrypted; else variable.Optimized = true;
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdTitle) {
				return ssTitle;
			} else if (key == IdAuthor) {
				return ssAuthor;
			} else if (key == IdPageCount) {
				return ssPageCount;
			} else if (key == IdCreatedOn) {
				return ssCreatedOn;
			} else if (key == IdIsEncrypted) {
				return ssIsEncrypted;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssTitle = (string) other.AttributeGet(IdTitle);
			ssAuthor = (string) other.AttributeGet(IdAuthor);
			ssPageCount = (int) other.AttributeGet(IdPageCount);
			ssCreatedOn = (DateTime) other.AttributeGet(IdCreatedOn);
			ssIsEncrypted = (bool) other.AttributeGet(IdIsEncrypted);
		}
		public bool IsDefault() {
			STDocumentInfoStructure defaultStruct = new STDocumentInfoStructure(null);
			if (this.ssTitle != defaultStruct.ssTitle) return false;
			if (this.ssAuthor != defaultStruct.ssAuthor) return false;
			if (this.ssPageCount != defaultStruct.ssPageCount) return false;
			if (this.ssCreatedOn != defaultStruct.ssCreatedOn) return false;
			if (this.ssIsEncrypted != defaultStruct.ssIsEncrypted) return false;
			return true;
		}
	} // STDocumentInfoStructure

	/// <summary>
	/// Structure <code>STPageRangeStructure</code> that represents the Service Studio structure
	///  <code>PageRange</code> <p> Description: A range of pages, both ends included, counted from 1.</p>
	/// </summary>
	[Serializable()]
	public partial struct STPageRangeStructure: ISerializable, ITypedRecord<STPageRangeStructure>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdFirstPage = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*SSoV7HFaWrq44loyHvSt8A");
		internal static readonly GlobalObjectKey IdLastPage = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*cEFBKn_iXvKuP6SimxfqZA");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("FirstPage")]
		public int ssFirstPage;

		[System.Xml.Serialization.XmlElement("LastPage")]
		public int ssLastPage;


		public BitArray OptimizedAttributes;

		public STPageRangeStructure(params string[] dummy) {
			OptimizedAttributes = null;
			ssFirstPage = 1;
			ssLastPage = 1;
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[0];
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
				}
			}
			get {
				BitArray[] all = new BitArray[0];
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssFirstPage = r.ReadInteger(index++, "PageRange.FirstPage", 0);
			ssLastPage = r.ReadInteger(index++, "PageRange.LastPage", 0);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(STPageRangeStructure r) {
			this = r;
		}


		public static bool operator == (STPageRangeStructure a, STPageRangeStructure b) {
			if (a.ssFirstPage != b.ssFirstPage) return false;
			if (a.ssLastPage != b.ssLastPage) return false;
			return true;
		}

		public static bool operator != (STPageRangeStructure a, STPageRangeStructure b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(STPageRangeStructure)) return false;
			return (this == (STPageRangeStructure) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssFirstPage.GetHashCode()
				^ ssLastPage.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public STPageRangeStructure(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssFirstPage = 1;
			ssLastPage = 1;
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssFirstPage", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssFirstPage' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssFirstPage = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssLastPage", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssLastPage' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssLastPage = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
		}

		public void InternalRecursiveSave() {
		}


		public STPageRangeStructure Duplicate() {
			STPageRangeStructure t;
			t.ssFirstPage = this.ssFirstPage;
			t.ssLastPage = this.ssLastPage;
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Structure");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
				fieldName = fieldName.ToLowerInvariant();
			}
			if (detailLevel > 0) {
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".FirstPage")) VarValue.AppendAttribute(recordElem, "FirstPage", ssFirstPage, detailLevel, TypeKind.Integer); else VarValue.AppendOptimizedAttribute(recordElem, "FirstPage");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".LastPage")) VarValue.AppendAttribute(recordElem, "LastPage", ssLastPage, detailLevel, TypeKind.Integer); else VarValue.AppendOptimizedAttribute(recordElem, "LastPage");
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "firstpage") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".FirstPage")) variable.Value = ssFirstPage; else variable.Optimized = true;
			} else if (head == "lastpage") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".LastPage")) variable.Value = ssLastPage; else variable.Optimized = true;
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdFirstPage) {
				return ssFirstPage;
			} else if (key == IdLastPage) {
				return ssLastPage;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssFirstPage = (int) other.AttributeGet(IdFirstPage);
			ssLastPage = (int) other.AttributeGet(IdLastPage);
		}
		public bool IsDefault() {
			STPageRangeStructure defaultStruct = new STPageRangeStructure(null);
			if (this.ssFirstPage != defaultStruct.ssFirstPage) return false;
			if (this.ssLastPage != defaultStruct.ssLastPage) return false;
			return true;
		}
	} // STPageRangeStructure

	/// <summary>
	/// Structure <code>STWatermarkStructure</code> that represents the Service Studio structure
	///  <code>Watermark</code> <p> Description: A text stamped across the pages of a document.</p>
	/// </summary>
	[Serializable()]
	public partial struct STWatermarkStructure: ISerializable, ITypedRecord<STWatermarkStructure>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdText = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*N2AeYQ98V3qF4tycOLFpRw");
		internal static readonly GlobalObjectKey IdFontSize = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*cmNgvpmtU5e_zR_PkN2b6w");
		internal static readonly GlobalObjectKey IdOpacity = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*kHUBQRaCWZWZcOTafOledg");
		internal static readonly GlobalObjectKey IdRotation = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*ssCBsgcmUd2pmOk+KXqMDA");
		internal static readonly GlobalObjectKey IdPages = GlobalObjectKey.Parse("ySj4WVU5UkybyA7RR4VghA*a63g4qUiUUyQ9ZNFoKYQFQ");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Text")]
		public string ssText;

		[System.Xml.Serialization.XmlElement("FontSize")]
		public decimal ssFontSize;

		[System.Xml.Serialization.XmlElement("Opacity")]
		public decimal ssOpacity;

		[System.Xml.Serialization.XmlElement("Rotation")]
		public int ssRotation;

		[System.Xml.Serialization.XmlElement("Pages")]
		public RLPageRangeRecordList ssPages;


		public BitArray OptimizedAttributes;

		public STWatermarkStructure(params string[] dummy) {
			OptimizedAttributes = null;
			ssText = "CONFIDENTIAL";
			ssFontSize = 48M;
			ssOpacity = 0.25M;
			ssRotation = -45;
			ssPages = new RLPageRangeRecordList();
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[0];
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
				}
			}
			get {
				BitArray[] all = new BitArray[0];
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssText = r.ReadText(index++, "Watermark.Text", "");
			ssFontSize = r.ReadDecimal(index++, "Watermark.FontSize", 0.0M);
			ssOpacity = r.ReadDecimal(index++, "Watermark.Opacity", 0.0M);
			ssRotation = r.ReadInteger(index++, "Watermark.Rotation", 0);
		}
		/// <summary>
		/// Read from database
		/// </summary>
		/// <param name="r"> Data reader</param>
		public void ReadDB(IDataReader r) {
			int index = 0;
			Read(r, ref index);
		}

		/// <summary>
		/// Read from record
		/// </summary>
		/// <param name="r"> Record</param>
		public void ReadIM(STWatermarkStructure r) {
			this = r;
		}


		public static bool operator == (STWatermarkStructure a, STWatermarkStructure b) {
			if (a.ssText != b.ssText) return false;
			if (a.ssFontSize != b.ssFontSize) return false;
			if (a.ssOpacity != b.ssOpacity) return false;
			if (a.ssRotation != b.ssRotation) return false;
			if (a.ssPages != b.ssPages) return false;
			return true;
		}

		public static bool operator != (STWatermarkStructure a, STWatermarkStructure b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(STWatermarkStructure)) return false;
			return (this == (STWatermarkStructure) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssText.GetHashCode()
				^ ssFontSize.GetHashCode()
				^ ssOpacity.GetHashCode()
				^ ssRotation.GetHashCode()
				^ ssPages.GetHashCode()
				;
			} catch {
				return base.GetHashCode();
			}
		}

		public void GetObjectData(SerializationInfo info, StreamingContext context) {
			Type objInfo = this.GetType();
			FieldInfo[] fields;
			fields = objInfo.GetFields(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			for (int i = 0; i < fields.Length; i++)
			if (fields[i] .FieldType.IsSerializable)
			info.AddValue(fields[i] .Name, fields[i] .GetValue(this));
		}

		public STWatermarkStructure(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssText = "CONFIDENTIAL";
			ssFontSize = 48M;
			ssOpacity = 0.25M;
			ssRotation = -45;
			ssPages = new RLPageRangeRecordList();
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssText", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssText' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssText = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssFontSize", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssFontSize' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssFontSize = (decimal) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssOpacity", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssOpacity' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssOpacity = (decimal) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssRotation", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssRotation' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssRotation = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssPages", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssPages' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssPages = (RLPageRangeRecordList) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssPages.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssPages.InternalRecursiveSave();
		}


		public STWatermarkStructure Duplicate() {
			STWatermarkStructure t;
			t.ssText = this.ssText;
			t.ssFontSize = this.ssFontSize;
			t.ssOpacity = this.ssOpacity;
			t.ssRotation = this.ssRotation;
			t.ssPages = (RLPageRangeRecordList) this.ssPages.Duplicate();
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Structure");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
				fieldName = fieldName.ToLowerInvariant();
			}
			if (detailLevel > 0) {
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Text")) VarValue.AppendAttribute(recordElem, "Text", ssText, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Text");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".FontSize")) VarValue.AppendAttribute(recordElem, "FontSize", ssFontSize, detailLevel, TypeKind.Decimal); else VarValue.AppendOptimizedAttribute(recordElem, "FontSize");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Opacity")) VarValue.AppendAttribute(recordElem, "Opacity", ssOpacity, detailLevel, TypeKind.Decimal); else VarValue.AppendOptimizedAttribute(recordElem, "Opacity");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Rotation")) VarValue.AppendAttribute(recordElem, "Rotation", ssRotation, detailLevel, TypeKind.Integer); else VarValue.AppendOptimizedAttribute(recordElem, "Rotation");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Pages")) ssPages.ToXml(this, recordElem, "Pages", detailLevel - 1); else VarValue.AppendOptimizedAttribute(recordElem, "Pages");
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "text") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Text")) variable.Value = ssText; else variable.Optimized = true;
			} else if (head == "fontsize") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".FontSize")) variable.Value = ssFontSize; else variable.Optimized = true;
			} else if (head == "opacity") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Opacity")) variable.Value = ssOpacity; else variable.Optimized = true;
			} else if (head == "rotation") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Rotation")) variable.Value = ssRotation; else variable.Optimized = true;
			} else if (head == "pages") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Pages")) variable.Value = ssPages; else variable.Optimized = true;
				variable.SetFieldName("pages");
			}
			if (variable.Found && tail != null) variable.EvaluateFields(this, head, tail);
		}

		public bool ChangedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public bool OptimizedAttributeGet(GlobalObjectKey key) {
			throw new Exception("Method not Supported");
		}

		public object AttributeGet(GlobalObjectKey key) {
			if (key == IdText) {
				return ssText;
			} else if (key == IdFontSize) {
				return ssFontSize;
			} else if (key == IdOpacity) {
				return ssOpacity;
			} else if (key == IdRotation) {
				return ssRotation;
			} else if (key == IdPages) {
				return ssPages;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssText = (string) other.AttributeGet(IdText);
			ssFontSize = (decimal) other.AttributeGet(IdFontSize);
			ssOpacity = (decimal) other.AttributeGet(IdOpacity);
			ssRotation = (int) other.AttributeGet(IdRotation);
			ssPages = (RLPageRangeRecordList) other.AttributeGet(IdPages);
		}
		public bool IsDefault() {
			STWatermarkStructure defaultStruct = new STWatermarkStructure(null);
			if (this.ssText != defaultStruct.ssText) return false;
			if (this.ssFontSize != defaultStruct.ssFontSize) return false;
			if (this.ssOpacity != defaultStruct.ssOpacity) return false;
			if (this.ssRotation != defaultStruct.ssRotation) return false;
			if (this.ssPages != defaultStruct.ssPages) return false;
			return true;
		}
	} // STWatermarkStructure

} // OutSystems.NssDocumentTools
