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

namespace OutSystems.NssEveryType {

	/// <summary>
	/// Structure <code>STAddressStructure</code> that represents the Service Studio structure
	///  <code>Address</code> <p> Description: A postal address.</p>
	/// </summary>
	[Serializable()]
	public partial struct STAddressStructure: ISerializable, ITypedRecord<STAddressStructure>, ISimpleRecord {
		internal static readonly GlobalObjectKey IdStreet = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*xvQWWeQ7VlGwGI252kc79w");
		internal static readonly GlobalObjectKey IdNumber = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*X1qdRwOUVVeq+0pLxIdgOQ");
		internal static readonly GlobalObjectKey IdBig = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*kL_RHeIoXxieQmi0NNPniw");
		internal static readonly GlobalObjectKey IdShare = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*4v77GsMtUSCmngXL14Ui5A");
		internal static readonly GlobalObjectKey IdSince = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*zRVFdue8XeSsftK3LMywhA");
		internal static readonly GlobalObjectKey IdDay = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*EdChDmsEVgybkqTlv8Vn4w");
		internal static readonly GlobalObjectKey IdHour = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*LhyCWCm4XaqaEWfZhdPD5Q");
		internal static readonly GlobalObjectKey IdActive = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*G6lvcX_bVBOGKA13bdh30Q");
		internal static readonly GlobalObjectKey IdPhoto = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*+OZ1pgbkWxiJhgj_7RcNdQ");
		internal static readonly GlobalObjectKey IdExtra = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*MksIn9OnWD+DpqrVYryzxg");
		internal static readonly GlobalObjectKey IdOwner = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*Xj76KGBlXQqsnmkHmCKfzg");
		internal static readonly GlobalObjectKey IdOthers = GlobalObjectKey.Parse("T9H7hsk2UrOmI3pbADHx1A*N4mlEPEaVxeKTj4WMifv4Q");

		public static void EnsureInitialized() {}
		[System.Xml.Serialization.XmlElement("Street")]
		public string ssStreet;

		[System.Xml.Serialization.XmlElement("Number")]
		public int ssNumber;

		[System.Xml.Serialization.XmlElement("Big")]
		public long ssBig;

		[System.Xml.Serialization.XmlElement("Share")]
		public decimal ssShare;

		[System.Xml.Serialization.XmlElement("Since")]
		public DateTime ssSince;

		[System.Xml.Serialization.XmlElement("Day")]
		public DateTime ssDay;

		[System.Xml.Serialization.XmlElement("Hour")]
		public DateTime ssHour;

		[System.Xml.Serialization.XmlElement("Active")]
		public bool ssActive;

		[System.Xml.Serialization.XmlElement("Photo")]
		public byte[] ssPhoto;

		[System.Xml.Serialization.XmlElement("Extra")]
		public object ssExtra;

		[System.Xml.Serialization.XmlElement("Owner")]
		public RCCustomerRecord ssOwner;

		[System.Xml.Serialization.XmlElement("Others")]
		public RLCustomerRecordList ssOthers;


		public BitArray OptimizedAttributes;

		public STAddressStructure(params string[] dummy) {
			OptimizedAttributes = null;
			ssStreet = "Main \"Street\" \\ 1";
			ssNumber = -12;
			ssBig = 9000000000L;
			ssShare = 0.125M;
			ssSince = new DateTime(2001, 2, 3, 4, 5, 6);
			ssDay = new DateTime(2024, 1, 31, 0, 0, 0);
			ssHour = new DateTime(1900, 1, 1, 13, 45, 0);
			ssActive = true;
			ssPhoto = new byte[] {};
			ssExtra = null;
			ssOwner = new RCCustomerRecord(null);
			ssOthers = new RLCustomerRecordList();
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
			ssStreet = r.ReadText(index++, "Address.Street", "");
			ssNumber = r.ReadInteger(index++, "Address.Number", 0);
			ssBig = r.ReadLongInteger(index++, "Address.Big", 0L);
			ssShare = r.ReadDecimal(index++, "Address.Share", 0.0M);
			ssSince = r.ReadDateTime(index++, "Address.Since", new DateTime(1900, 1, 1, 0, 0, 0));
			ssDay = r.ReadDate(index++, "Address.Day", new DateTime(1900, 1, 1, 0, 0, 0));
			ssHour = r.ReadTime(index++, "Address.Hour", new DateTime(1900, 1, 1, 0, 0, 0));
			ssActive = r.ReadBoolean(index++, "Address.Active", false);
			ssPhoto = r.ReadBinaryData(index++, "Address.Photo", new byte[] {});
			ssOwner.Read(r, ref index);
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
		public void ReadIM(STAddressStructure r) {
			this = r;
		}


		public static bool operator == (STAddressStructure a, STAddressStructure b) {
			if (a.ssStreet != b.ssStreet) return false;
			if (a.ssNumber != b.ssNumber) return false;
			if (a.ssBig != b.ssBig) return false;
			if (a.ssShare != b.ssShare) return false;
			if (a.ssSince != b.ssSince) return false;
			if (a.ssDay != b.ssDay) return false;
			if (a.ssHour != b.ssHour) return false;
			if (a.ssActive != b.ssActive) return false;
			if (!RuntimePlatformUtils.CompareByteArrays(a.ssPhoto, b.ssPhoto)) return false;
			if (a.ssExtra != b.ssExtra) return false;
			if (a.ssOwner != b.ssOwner) return false;
			if (a.ssOthers != b.ssOthers) return false;
			return true;
		}

		public static bool operator != (STAddressStructure a, STAddressStructure b) {
			return !(a==b);
		}

		public override bool Equals(object o) {
			if (o.GetType() != typeof(STAddressStructure)) return false;
			return (this == (STAddressStructure) o);
		}

		public override int GetHashCode() {
			try {
				return base.GetHashCode()
				^ ssStreet.GetHashCode()
				^ ssNumber.GetHashCode()
				^ ssBig.GetHashCode()
				^ ssShare.GetHashCode()
				^ ssSince.GetHashCode()
				^ ssDay.GetHashCode()
				^ ssHour.GetHashCode()
				^ ssActive.GetHashCode()
				^ ssPhoto.GetHashCode()
				^ ssExtra.GetHashCode()
				^ ssOwner.GetHashCode()
				^ ssOthers.GetHashCode()
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

		public STAddressStructure(SerializationInfo info, StreamingContext context) {
			OptimizedAttributes = null;
			ssStreet = "Main \"Street\" \\ 1";
			ssNumber = -12;
			ssBig = 9000000000L;
			ssShare = 0.125M;
			ssSince = new DateTime(2001, 2, 3, 4, 5, 6);
			ssDay = new DateTime(2024, 1, 31, 0, 0, 0);
			ssHour = new DateTime(1900, 1, 1, 13, 45, 0);
			ssActive = true;
			ssPhoto = new byte[] {};
			ssExtra = null;
			ssOwner = new RCCustomerRecord(null);
			ssOthers = new RLCustomerRecordList();
			Type objInfo = this.GetType();
			FieldInfo fieldInfo = null;
			fieldInfo = objInfo.GetField("ssStreet", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssStreet' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssStreet = (string) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssNumber", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssNumber' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssNumber = (int) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssBig", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssBig' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssBig = (long) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssShare", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssShare' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssShare = (decimal) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssSince", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssSince' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssSince = (DateTime) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssDay", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssDay' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssDay = (DateTime) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssHour", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssHour' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssHour = (DateTime) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssActive", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssActive' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssActive = (bool) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssPhoto", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssPhoto' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssPhoto = (byte[]) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssExtra", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssExtra' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssExtra = (object) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssOwner", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssOwner' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssOwner = (RCCustomerRecord) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
			fieldInfo = objInfo.GetField("ssOthers", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Public);
			if (fieldInfo == null) {
				throw new Exception("The field named 'ssOthers' was not found.");
			}
			if (fieldInfo.FieldType.IsSerializable) {
				ssOthers = (RLCustomerRecordList) info.GetValue(fieldInfo.Name, fieldInfo.FieldType);
			}
		}

		public void RecursiveReset() {
			ssOwner.RecursiveReset();
			ssOthers.RecursiveReset();
		}

		public void InternalRecursiveSave() {
			ssOwner.InternalRecursiveSave();
			ssOthers.InternalRecursiveSave();
		}


		public STAddressStructure Duplicate() {
			STAddressStructure t;
			t.ssStreet = this.ssStreet;
			t.ssNumber = this.ssNumber;
			t.ssBig = this.ssBig;
			t.ssShare = this.ssShare;
			t.ssSince = this.ssSince;
			t.ssDay = this.ssDay;
			t.ssHour = this.ssHour;
			t.ssActive = this.ssActive;
			t.ssPhoto = this.ssPhoto;
			t.ssExtra = this.ssExtra;
			t.ssOwner = (RCCustomerRecord) this.ssOwner.Duplicate();
			t.ssOthers = (RLCustomerRecordList) this.ssOthers.Duplicate();
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
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Street")) VarValue.AppendAttribute(recordElem, "Street", ssStreet, detailLevel, TypeKind.Text); else VarValue.AppendOptimizedAttribute(recordElem, "Street");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Number")) VarValue.AppendAttribute(recordElem, "Number", ssNumber, detailLevel, TypeKind.Integer); else VarValue.AppendOptimizedAttribute(recordElem, "Number");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Big")) VarValue.AppendAttribute(recordElem, "Big", ssBig, detailLevel, TypeKind.LongInteger); else VarValue.AppendOptimizedAttribute(recordElem, "Big");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Share")) VarValue.AppendAttribute(recordElem, "Share", ssShare, detailLevel, TypeKind.Decimal); else VarValue.AppendOptimizedAttribute(recordElem, "Share");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Since")) VarValue.AppendAttribute(recordElem, "Since", ssSince, detailLevel, TypeKind.DateTime); else VarValue.AppendOptimizedAttribute(recordElem, "Since");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Day")) VarValue.AppendAttribute(recordElem, "Day", ssDay, detailLevel, TypeKind.Date); else VarValue.AppendOptimizedAttribute(recordElem, "Day");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Hour")) VarValue.AppendAttribute(recordElem, "Hour", ssHour, detailLevel, TypeKind.Time); else VarValue.AppendOptimizedAttribute(recordElem, "Hour");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Active")) VarValue.AppendAttribute(recordElem, "Active", ssActive, detailLevel, TypeKind.Boolean); else VarValue.AppendOptimizedAttribute(recordElem, "Active");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Photo")) VarValue.AppendAttribute(recordElem, "Photo", ssPhoto, detailLevel, TypeKind.BinaryData); else VarValue.AppendOptimizedAttribute(recordElem, "Photo");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Extra")) VarValue.AppendAttribute(recordElem, "Extra", ssExtra, detailLevel, TypeKind.Object); else VarValue.AppendOptimizedAttribute(recordElem, "Extra");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Owner")) ssOwner.ToXml(this, recordElem, "Owner", detailLevel - 1); else VarValue.AppendOptimizedAttribute(recordElem, "Owner");
				if (!VarValue.FieldIsOptimized(parent, fieldName + ".Others")) ssOthers.ToXml(this, recordElem, "Others", detailLevel - 1); else VarValue.AppendOptimizedAttribute(recordElem, "Others");
			} else {
				VarValue.AppendDeferredEvaluationElement(recordElem);
			}
		}

		public void EvaluateFields(VarValue variable, Object parent, String baseName, String fields) {
			String head = VarValue.GetHead(fields);
			String tail = VarValue.GetTail(fields);
			variable.Found = false;
			if (head == "street") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Street")) variable.Value = ssStreet; else variable.Optimized = true;
			} else if (head == "number") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Number")) variable.Value = ssNumber; else variable.Optimized = true;
			} else if (head == "big") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Big")) variable.Value = ssBig; else variable.Optimized = true;
			} else if (head == "share") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Share")) variable.Value = ssShare; else variable.Optimized = true;
			} else if (head == "since") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Since")) variable.Value = ssSince; else variable.Optimized = true;
			} else if (head == "day") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Day")) variable.Value = ssDay; else variable.Optimized = true;
			} else if (head == "hour") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Hour")) variable.Value = ssHour; else variable.Optimized = true;
			} else if (head == "active") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Active")) variable.Value = ssActive; else variable.Optimized = true;
			} else if (head == "photo") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Photo")) variable.Value = ssPhoto; else variable.Optimized = true;
			} else if (head == "extra") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Extra")) variable.Value = ssExtra; else variable.Optimized = true;
			} else if (head == "owner") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Owner")) variable.Value = ssOwner; else variable.Optimized = true;
				variable.SetFieldName("owner");
			} else if (head == "others") {
				if (!VarValue.FieldIsOptimized(parent, baseName + ".Others")) variable.Value = ssOthers; else variable.Optimized = true;
				variable.SetFieldName("others");
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
			if (key == IdStreet) {
				return ssStreet;
			} else if (key == IdNumber) {
				return ssNumber;
			} else if (key == IdBig) {
				return ssBig;
			} else if (key == IdShare) {
				return ssShare;
			} else if (key == IdSince) {
				return ssSince;
			} else if (key == IdDay) {
				return ssDay;
			} else if (key == IdHour) {
				return ssHour;
			} else if (key == IdActive) {
				return ssActive;
			} else if (key == IdPhoto) {
				return ssPhoto;
			} else if (key == IdExtra) {
				return ssExtra;
			} else if (key == IdOwner) {
				return ssOwner;
			} else if (key == IdOthers) {
				return ssOthers;
			} else {
				throw new Exception("Invalid key");
			}
		}
		public void FillFromOther(IRecord other) {
			if (other == null) return;
			ssStreet = (string) other.AttributeGet(IdStreet);
			ssNumber = (int) other.AttributeGet(IdNumber);
			ssBig = (long) other.AttributeGet(IdBig);
			ssShare = (decimal) other.AttributeGet(IdShare);
			ssSince = (DateTime) other.AttributeGet(IdSince);
			ssDay = (DateTime) other.AttributeGet(IdDay);
			ssHour = (DateTime) other.AttributeGet(IdHour);
			ssActive = (bool) other.AttributeGet(IdActive);
			ssPhoto = (byte[]) other.AttributeGet(IdPhoto);
			ssExtra = (object) other.AttributeGet(IdExtra);
			ssOwner.FillFromOther((IRecord) other.AttributeGet(IdOwner));
			ssOthers = (RLCustomerRecordList) other.AttributeGet(IdOthers);
		}
		public bool IsDefault() {
			STAddressStructure defaultStruct = new STAddressStructure(null);
			if (this.ssStreet != defaultStruct.ssStreet) return false;
			if (this.ssNumber != defaultStruct.ssNumber) return false;
			if (this.ssBig != defaultStruct.ssBig) return false;
			if (this.ssShare != defaultStruct.ssShare) return false;
			if (this.ssSince != defaultStruct.ssSince) return false;
			if (this.ssDay != defaultStruct.ssDay) return false;
			if (this.ssHour != defaultStruct.ssHour) return false;
			if (this.ssActive != defaultStruct.ssActive) return false;
			if (!RuntimePlatformUtils.CompareByteArrays(this.ssPhoto, defaultStruct.ssPhoto)) return false;
			if (this.ssExtra != defaultStruct.ssExtra) return false;
			if (this.ssOwner != defaultStruct.ssOwner) return false;
			if (this.ssOthers != defaultStruct.ssOthers) return false;
			return true;
		}
	} // STAddressStructure

} // OutSystems.NssEveryType
