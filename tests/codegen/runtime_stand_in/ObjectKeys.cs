// A stand-in for the OutSystems runtime API, for compiling generated code in tests.
//
// Why: the project `oxt generate` writes references OutSystems.RuntimeCommon,
// OutSystems.HubEdition.RuntimePlatform and OutSystems.HubEdition.DatabaseAbstractionLayer,
// which are proprietary and ship with the Platform Server, so the tests cannot use
// them. These files declare, with the same namespaces and names, exactly the types
// and members the generated code uses (found by compiling tests/golden with mcs),
// so that the tests can compile every generated project with Mono's mcs and catch
// generated code that is not valid C#. Nothing here is ever run: bodies throw.
//
// Which namespace a type lives in, in the real assemblies, cannot be seen from the
// generated code (every one is imported with `using`); where it is not known the
// stand-in puts it where it reads naturally. Keep this small: add a member only
// when the generated code uses it.
//
// This file: the keys that name elements (attributes, record members).
namespace OutSystems.ObjectKeys {

	/// <summary>An element's key, "<owner key>*<element key>".</summary>
	public sealed class GlobalObjectKey {
		private readonly string text;

		private GlobalObjectKey(string text) {
			this.text = text;
		}

		public static GlobalObjectKey Parse(string text) {
			return new GlobalObjectKey(text);
		}

		public override bool Equals(object other) {
			GlobalObjectKey key = other as GlobalObjectKey;
			return key != null && key.text == text;
		}

		public override int GetHashCode() {
			return text.GetHashCode();
		}

		public static bool operator ==(GlobalObjectKey a, GlobalObjectKey b) {
			return object.Equals(a, b);
		}

		public static bool operator !=(GlobalObjectKey a, GlobalObjectKey b) {
			return !object.Equals(a, b);
		}
	}
}
