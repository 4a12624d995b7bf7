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

namespace OutSystems.NssMortgageLib {

	/// <summary>
	/// Structure <code>STInstallmentStructure</code> that represents the Service Studio structure
	///  <code>Installment</code> <p> Description: One row of an amortization schedule.</p>
	/// </summary>
	[Serializable()]
	public partial struct STInstallmentStructure: ISerializable, ITypedRecord<STInstallmentStructure>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdMonth = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*F0MaoZlzVPaIs_AB_LDmlQ");
		internal static readonly GlobalObjectKey IdInterest = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*ahZJUvYuXEaahE4Q9t2ZBg");
		internal static readonly GlobalObjectKey IdPrincipal = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*qjCAJglpUGiGFsp5ZGjhIA");
		internal static readonly GlobalObjectKey IdBalance = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*ug246d6iVPmMan4bNNk4Gg");
		internal static readonly GlobalObjectKey IdNote = GlobalObjectKey.Parse("CIZgflGxUyO3z2Bb6G1raQ*UQGquGbjVWO68B5id4LvCA");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Month")]
		public int ssMonth;

		[System.Xml.Serialization.XmlElement("Interest")]
		public decimal ssInterest;

		[System.Xml.Serialization.XmlElement("Principal")]
		public decimal ssPrincipal;

		[System.Xml.Serialization.XmlElement("Balance")]
		public decimal ssBalance;

		[System.Xml.Serialization.XmlElement("Note")]
		public string ssNote;


		public BitArray OptimizedAttributes;

		public STInstallmentStructure(params string[] dummy) {
			OptimizedAttributes = null;
			ssMonth = 0;
			ssInterest = 0.0M;
			ssPrincipal = 0.0M;
			ssBalance = 0.0M;
			ssNote = "n/a";
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
			ssMonth = r.ReadInteger(index++, "Installment.Month", 0);
			ssInterest = r.ReadDecimal(index++, "Installment.Interest", 0.0M);
			ssPrincipal = r.ReadDecimal(index++, "Installment.Principal", 0.0M);
			ssBalance = r.ReadDecimal(index++, "Installment.Balance", 0.0M);
			ssNote = r.ReadText(index++, "Installment.Note", "");
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
		public void ReadIM(STInstallmentStructure r) {
			this = r;
		}


		public static bool operator == (STInstallmentStructure a, STInstallmentStructure b) {
			if (a.ssMonth != b.ssMonth) return false;
			if (a.ssInterest != b.ssInterest) return false;
			if (a.ssPrincipal != b.ssPrincipal) return false;
			if (a.ssBalance != b.ssBalance) return false;
			if (a.ssNote != b.ssNote) return false;
			return true;
		}

		public static bool operator != (STInstallmentStructure a, STInstallmentStructure b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(STInstallmentStructure)) return false;
			return (this == (STInstallmentStructure) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssMonth.GetHashCode()
				^ ssInterest.GetHashCode()
				^ ssPrincipal.GetHashCode()
				^ ssBalance.GetHashCode()
				^ ssNote.GetHashCode()
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

		public STInstallmentStructure(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssMonth = 0;
			ssInterest = 0.0M;
			ssPrincipal = 0.0M;
			ssBalance = 0.0M;
			ssNote = "n/a";
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssMonth", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssMonth' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssMonth = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssInterest", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssInterest' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssInterest = (decimal) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssPrincipal", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssPrincipal' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssPrincipal = (decimal) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssBalance", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssBalance' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssBalance = (decimal) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssNote", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssNote' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssNote = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
		}

		public void InternalRecursiveSave() {
		}


		public STInstallmentStructure Duplicate() {
			STInstallmentStructure t;
			t.ssMonth = this.ssMonth;
			t.ssInterest = this.ssInterest;
			t.ssPrincipal = this.ssPrincipal;
			t.ssBalance = this.ssBalance;
			t.ssNote = this.ssNote;
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
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Month")) VarValue.AppendAttribute(recordElem, "Month", ssMonth, detailLevel, TypeKind.Integer); else VarValue.AppendOptimizedAttribute(recordElem, "Month");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Interest")) VarValue.AppendAttribute(recordElem, "Interest", ssInterest, detailLevel, TypeKind.Decimal); else VarValue.AppendOptimizedAttribute(recordElem, "Interest");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Principal")) VarValue.AppendAttribute(recordElem, "Principal", ssPrincipal, detailLevel, TypeKind.Decimal); else VarValue.AppendOptimizedAttribute(recordElem, "Principal");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Balance")) VarValue.AppendAttribute(recordElem, "Balance", ssBalance, detailLevel, TypeKind.Decimal); else VarValue.AppendOptimizedAttribute(recordElem, "Balance");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Note")) VarValue.AppendAttribute(recordElem, "Note", ssNote, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Note");
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "month") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Month")) variable.Value = ssMonth; else variable.Optimized = true;
			} else if (head == "interest") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Interest")) variable.Value = ssInterest; else variable.Optimized = true;
			} else if (head == "principal") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Principal")) variable.Value = ssPrincipal; else variable.Optimized = true;
			} else if (head == "balance") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Balance")) variable.Value = ssBalance; else variable.Optimized = true;
			} else if (head == "note") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Note")) variable.Value = ssNote; else variable.Optimized = true;
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
			if (key == IdMonth) {
				return ssMonth;
			} else if (key == IdInterest) {
				return ssInterest;
			} else if (key == IdPrincipal) {
				return ssPrincipal;
			} else if (key == IdBalance) {
				return ssBalance;
			} else if (key == IdNote) {
				return ssNote;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssMonth = (int) other.AttributeGet(IdMonth);
			ssInterest = (decimal) other.AttributeGet(IdInterest);
			ssPrincipal = (decimal) other.AttributeGet(IdPrincipal);
			ssBalance = (decimal) other.AttributeGet(IdBalance);
			ssNote = (string) other.AttributeGet(IdNote);
		}
		public bool IsDefault() {
			STInstallmentStructure defaultStruct = new STInstallmentStructure(null);
			if (this.ssMonth != defaultStruct.ssMonth) return false;
			if (this.ssInterest != defaultStruct.ssInterest) return false;
			if (this.ssPrincipal != defaultStruct.ssPrincipal) return false;
			if (this.ssBalance != defaultStruct.ssBalance) return false;
			if (this.ssNote != defaultStruct.ssNote) return false;
			return true;
		}
	} // STInstallmentStructure

} // OutSystems.NssMortgageLib
