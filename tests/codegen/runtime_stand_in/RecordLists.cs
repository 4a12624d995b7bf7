// Stand-in of the OutSystems runtime API (see ObjectKeys.cs for what and why).
// This file: the base classes of the generated RL<Name>RecordList classes.
using System;
using System.Collections;
using System.Data;
using System.Runtime.Serialization;
using System.Xml;
using OutSystems.HubEdition.RuntimePlatform.Db;
using OutSystems.HubEdition.RuntimePlatform.NewRuntime;

namespace OutSystems.HubEdition.RuntimePlatform {

	/// <summary>A list of records, as the platform keeps it.</summary>
	[Serializable()]
	public abstract class OSList<T>: IEnumerable, IEnumerator, ISerializable {
		protected OSList() {}
		protected OSList(SerializationInfo info, StreamingContext context) {}

		public object Current { get { throw new NotImplementedException(); } }
		public bool MoveNext() { throw new NotImplementedException(); }
		public void Reset() { throw new NotImplementedException(); }
		public IEnumerator GetEnumerator() { throw new NotImplementedException(); }
		public void GetObjectData(SerializationInfo info, StreamingContext context) { throw new NotImplementedException(); }

		protected abstract OSList<T> NewList();
	}

	/// <summary>The base of every generated record list.</summary>
	[Serializable()]
	public abstract class GenericRecordList<T>: OSList<T> where T: ITypedRecord<T> {
		protected ReadDBMethodDelegate alternateReadDBMethod;

		protected GenericRecordList() {}
		protected GenericRecordList(IDbTransaction trans) {}
		protected GenericRecordList(SerializationInfo info, StreamingContext context): base(info, context) {}

		protected abstract T GetElementDefaultValue();
		public abstract BitArray[] GetDefaultOptimizedValues();

		public GenericRecordList<T> Duplicate() { throw new NotImplementedException(); }
		public void RecursiveReset() { throw new NotImplementedException(); }
		public void InternalRecursiveSave() { throw new NotImplementedException(); }
		public void ToXml(object parent, XmlElement baseElem, string fieldName, int detailLevel) { throw new NotImplementedException(); }

		protected static TResult[] InnerToArray<TResult>(GenericRecordList<T> list, Func<T, TResult> converter) { throw new NotImplementedException(); }
		protected void InnerFromArray(T[] array) { throw new NotImplementedException(); }
		protected void InnerFromArray<TSource>(TSource[] array, Func<TSource, T> converter) { throw new NotImplementedException(); }
		protected void InnerFromRestList<TSource>(RestList<TSource> list, Func<TSource, T> converter) { throw new NotImplementedException(); }
	}
}

namespace OutSystems.HubEdition.RuntimePlatform.NewRuntime {

	/// <summary>A list received by a REST method.</summary>
	public class RestList<T> {}
}
