using System;
using System.Collections;
using System.Data;
using System.Runtime.Serialization;
using System.Reflection;
using System.Xml;
using OutSystems.ObjectKeys;
using OutSystems.RuntimeCommon;
using OutSystems.HubEdition.RuntimePlatform;
using OutSystems.HubEdition.RuntimePlatform.Db;
using OutSystems.Internal.Db;

namespace OutSystems.NssMortgageLib {

	/// <summary>
	/// Structure <code>RCLoanRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCLoanRecord: ISerializable, ITypedRecord<RCLoanRecord> {
		internal static readonly GlobalObjectKey IdLoan = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*F4HcEDZ5X9K8DX340+8iyQ");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Loan")]
		public ENLoanEntityRecord ssENLoan;


		public static implicit operator ENLoanEntityRecord(RCLoanRecord r) {
			return r.ssENLoan;
		}

		public static implicit operator RCLoanRecord(ENLoanEntityRecord r) {
			RCLoanRecord res = new RCLoanRecord(null);
			res.ssENLoan = r;
			return res;
		}

		public BitArray ChangedAttributes {
			set {
				ssENLoan.ChangedAttributes = value;
			}
			get {
				return ssENLoan.ChangedAttributes;
			}
		}
		public BitArray OptimizedAttributes;

		public RCLoanRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssENLoan = new ENLoanEntityRecord(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[1];
			all[0] = new BitArray(7, false);
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
					ssENLoan.OptimizedAttributes = GetDefaultOptimizedValues()[0];
				} else {
					ssENLoan.OptimizedAttributes = value[0];
				}
			}
			get {
				BitArray[] all = new BitArray[1];
				all[0] = ssENLoan.OptimizedAttributes;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssENLoan.Read(r, ref index);
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
		public void ReadIM(RCLoanRecord r) {
			this = r;
		}


		public static bool operator == (RCLoanRecord a, RCLoanRecord b) {
			if (a.ssENLoan != b.ssENLoan) return false;
			return true;
		}

		public static bool operator != (RCLoanRecord a, RCLoanRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCLoanRecord)) return false;
			return (this == (RCLoanRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssENLoan.GetHashCode()
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

		public RCLoanRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssENLoan = new ENLoanEntityRecord(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssENLoan", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssENLoan' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssENLoan = (ENLoanEntityRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssENLoan.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssENLoan.InternalRecursiveSave();
		}


		public RCLoanRecord Duplicate() {
			RCLoanRecord t;
			t.ssENLoan = (ENLoanEntityRecord) this.ssENLoan.Duplicate();
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Record");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
			}
			if (detailLevel > 0) {
				ssENLoan.ToXml(this, recordElem, "Loan", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "loan") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Loan")) variable.Value = ssENLoan; else variable.Optimized = true;
				variable.SetFieldName("loan");
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
			if (key == IdLoan) {
				return ssENLoan;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssENLoan.FillFromOther((IRecord) other.AttributeGet(IdLoan));
		}
		public bool IsDefault() {
			RCLoanRecord defaultStruct = new RCLoanRecord(null);
			if (this.ssENLoan != defaultStruct.ssENLoan) return false;
			return true;
		}
	} // RCLoanRecord

	/// <summary>
	/// Structure <code>RCBorrowerRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCBorrowerRecord: ISerializable, ITypedRecord<RCBorrowerRecord> {
		internal static readonly GlobalObjectKey IdBorrower = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*0YreGOqfUTOkK8xI8mZw2w");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Borrower")]
		public ENBorrowerEntityRecord ssENBorrower;


		public static implicit operator ENBorrowerEntityRecord(RCBorrowerRecord r) {
			return r.ssENBorrower;
		}

		public static implicit operator RCBorrowerRecord(ENBorrowerEntityRecord r) {
			RCBorrowerRecord res = new RCBorrowerRecord(null);
			res.ssENBorrower = r;
			return res;
		}

		public BitArray ChangedAttributes {
			set {
				ssENBorrower.ChangedAttributes = value;
			}
			get {
				return ssENBorrower.ChangedAttributes;
			}
		}
		public BitArray OptimizedAttributes;

		public RCBorrowerRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssENBorrower = new ENBorrowerEntityRecord(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[1];
			all[0] = new BitArray(4, false);
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
					ssENBorrower.OptimizedAttributes = GetDefaultOptimizedValues()[0];
				} else {
					ssENBorrower.OptimizedAttributes = value[0];
				}
			}
			get {
				BitArray[] all = new BitArray[1];
				all[0] = ssENBorrower.OptimizedAttributes;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssENBorrower.Read(r, ref index);
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
		public void ReadIM(RCBorrowerRecord r) {
			this = r;
		}


		public static bool operator == (RCBorrowerRecord a, RCBorrowerRecord b) {
			if (a.ssENBorrower != b.ssENBorrower) return false;
			return true;
		}

		public static bool operator != (RCBorrowerRecord a, RCBorrowerRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCBorrowerRecord)) return false;
			return (this == (RCBorrowerRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssENBorrower.GetHashCode()
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

		public RCBorrowerRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssENBorrower = new ENBorrowerEntityRecord(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssENBorrower", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssENBorrower' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssENBorrower = (ENBorrowerEntityRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssENBorrower.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssENBorrower.InternalRecursiveSave();
		}


		public RCBorrowerRecord Duplicate() {
			RCBorrowerRecord t;
			t.ssENBorrower = (ENBorrowerEntityRecord) this.ssENBorrower.Duplicate();
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Record");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
			}
			if (detailLevel > 0) {
				ssENBorrower.ToXml(this, recordElem, "Borrower", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "borrower") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Borrower")) variable.Value = ssENBorrower; else variable.Optimized = true;
				variable.SetFieldName("borrower");
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
			if (key == IdBorrower) {
				return ssENBorrower;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssENBorrower.FillFromOther((IRecord) other.AttributeGet(IdBorrower));
		}
		public bool IsDefault() {
			RCBorrowerRecord defaultStruct = new RCBorrowerRecord(null);
			if (this.ssENBorrower != defaultStruct.ssENBorrower) return false;
			return true;
		}
	} // RCBorrowerRecord

	/// <summary>
	/// Structure <code>RCInstallmentRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCInstallmentRecord: ISerializable, ITypedRecord<RCInstallmentRecord> {
		internal static readonly GlobalObjectKey IdInstallment = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*UN3k8gbXXSalMlDahPluWA");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Installment")]
		public STInstallmentStructure ssSTInstallment;


		public static implicit operator STInstallmentStructure(RCInstallmentRecord r) {
			return r.ssSTInstallment;
		}

		public static implicit operator RCInstallmentRecord(STInstallmentStructure r) {
			RCInstallmentRecord res = new RCInstallmentRecord(null);
			res.ssSTInstallment = r;
			return res;
		}

		public BitArray OptimizedAttributes;

		public RCInstallmentRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssSTInstallment = new STInstallmentStructure(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[1];
			all[0] = null;
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
				} else {
					ssSTInstallment.OptimizedAttributes = value[0];
				}
			}
			get {
				BitArray[] all = new BitArray[1];
				all[0] = null;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssSTInstallment.Read(r, ref index);
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
		public void ReadIM(RCInstallmentRecord r) {
			this = r;
		}


		public static bool operator == (RCInstallmentRecord a, RCInstallmentRecord b) {
			if (a.ssSTInstallment != b.ssSTInstallment) return false;
			return true;
		}

		public static bool operator != (RCInstallmentRecord a, RCInstallmentRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCInstallmentRecord)) return false;
			return (this == (RCInstallmentRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssSTInstallment.GetHashCode()
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

		public RCInstallmentRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssSTInstallment = new STInstallmentStructure(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssSTInstallment", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssSTInstallment' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssSTInstallment = (STInstallmentStructure) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssSTInstallment.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssSTInstallment.InternalRecursiveSave();
		}


		public RCInstallmentRecord Duplicate() {
			RCInstallmentRecord t;
			t.ssSTInstallment = (STInstallmentStructure) this.ssSTInstallment.Duplicate();
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Record");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
			}
			if (detailLevel > 0) {
				ssSTInstallment.ToXml(this, recordElem, "Installment", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "installment") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Installment")) variable.Value = ssSTInstallment; else variable.Optimized = true;
				variable.SetFieldName("installment");
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
			if (key == IdInstallment) {
				return ssSTInstallment;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssSTInstallment.FillFromOther((IRecord) other.AttributeGet(IdInstallment));
		}
		public bool IsDefault() {
			RCInstallmentRecord defaultStruct = new RCInstallmentRecord(null);
			if (this.ssSTInstallment != defaultStruct.ssSTInstallment) return false;
			return true;
		}
	} // RCInstallmentRecord

	/// <summary>
	/// Structure <code>RCLoanBorrowerRecord</code>
	/// </summary>
	[Serializable()]
	public partial struct RCLoanBorrowerRecord: ISerializable, ITypedRecord<RCLoanBorrowerRecord> {
		internal static readonly GlobalObjectKey IdLoan = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*Q4nYUou6XYmqFw043qjP7w");
		internal static readonly GlobalObjectKey IdBorrower = GlobalObjectKey.Parse("2UmDmepsh0WSfJ_D1JexCA*IxltB_8CUCGuaVluf7PLoA");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Loan")]
		public ENLoanEntityRecord ssENLoan;

		[System.Xml.Serialization.XmlElement("Borrower")]
		public ENBorrowerEntityRecord ssENBorrower;


		public BitArray OptimizedAttributes;

		public RCLoanBorrowerRecord(params string[] dummy) {
			OptimizedAttributes = null;
			ssENLoan = new ENLoanEntityRecord(null);
			ssENBorrower = new ENBorrowerEntityRecord(null);
		}

		public BitArray[] GetDefaultOptimizedValues() {
			BitArray[] all = new BitArray[2];
			all[0] = new BitArray(7, false);
			all[1] = new BitArray(4, false);
			return all;
		}

		public BitArray[] AllOptimizedAttributes {
			set {
				if (value == null) {
					ssENLoan.OptimizedAttributes = GetDefaultOptimizedValues()[0];
					ssENBorrower.OptimizedAttributes = GetDefaultOptimizedValues()[1];
				} else {
					ssENLoan.OptimizedAttributes = value[0];
					ssENBorrower.OptimizedAttributes = value[1];
				}
			}
			get {
				BitArray[] all = new BitArray[2];
				all[0] = ssENLoan.OptimizedAttributes;
				all[1] = ssENBorrower.OptimizedAttributes;
				return all;
			}
		}

		/// <summary>
		/// Read a record from database
		/// </summary>
		/// <param name="r"> Data base reader</param>
		/// <param name="index"> index</param>
		public void Read(IDataReader r, ref int index) {
			ssENLoan.Read(r, ref index);
			ssENBorrower.Read(r, ref index);
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
		public void ReadIM(RCLoanBorrowerRecord r) {
			this = r;
		}


		public static bool operator == (RCLoanBorrowerRecord a, RCLoanBorrowerRecord b) {
			if (a.ssENLoan != b.ssENLoan) return false;
			if (a.ssENBorrower != b.ssENBorrower) return false;
			return true;
		}

		public static bool operator != (RCLoanBorrowerRecord a, RCLoanBorrowerRecord b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(RCLoanBorrowerRecord)) return false;
			return (this == (RCLoanBorrowerRecord) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssENLoan.GetHashCode()
				^ ssENBorrower.GetHashCode()
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

		public RCLoanBorrowerRecord(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssENLoan = new ENLoanEntityRecord(null);
			ssENBorrower = new ENBorrowerEntityRecord(null);
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssENLoan", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssENLoan' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssENLoan = (ENLoanEntityRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssENBorrower", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssENBorrower' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssENBorrower = (ENBorrowerEntityRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssENLoan.RecursiveReset();
			ssENBorrower.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssENLoan.InternalRecursiveSave();
			ssENBorrower.InternalRecursiveSave();
		}


		public RCLoanBorrowerRecord Duplicate() {
			RCLoanBorrowerRecord t;
			t.ssENLoan = (ENLoanEntityRecord) this.ssENLoan.Duplicate();
			t.ssENBorrower = (ENBorrowerEntityRecord) this.ssENBorrower.Duplicate();
			t.OptimizedAttributes = null;
			return t;
		}

		IRecord IRecord.Duplicate() {
			return Duplicate();
		}

		public void ToXml(Object parent, System.Xml.XmlElement baseElem, String fieldName, int detailLevel) {
			System.Xml.XmlElement recordElem = VarValue.AppendChild(baseElem, "Record");
			if (fieldName != null) {
				VarValue.AppendAttribute(recordElem, "debug.field", fieldName);
			}
			if (detailLevel > 0) {
				ssENLoan.ToXml(this, recordElem, "Loan", detailLevel - 1);
				ssENBorrower.ToXml(this, recordElem, "Borrower", detailLevel - 1);
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "loan") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Loan")) variable.Value = ssENLoan; else variable.Optimized = true;
				variable.SetFieldName("loan");
			} else if (head == "borrower") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Borrower")) variable.Value = ssENBorrower; else variable.Optimized = true;
				variable.SetFieldName("borrower");
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
			if (key == IdLoan) {
				return ssENLoan;
			} else if (key == IdBorrower) {
				return ssENBorrower;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssENLoan.FillFromOther((IRecord) other.AttributeGet(IdLoan));
			ssENBorrower.FillFromOther((IRecord) other.AttributeGet(IdBorrower));
		}
		public bool IsDefault() {
			RCLoanBorrowerRecord defaultStruct = new RCLoanBorrowerRecord(null);
			if (this.ssENLoan != defaultStruct.ssENLoan) return false;
			if (this.ssENBorrower != defaultStruct.ssENBorrower) return false;
			return true;
		}
	} // RCLoanBorrowerRecord

}
