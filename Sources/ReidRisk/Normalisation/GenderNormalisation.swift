/// The gender rule: the usual codes to one word each, after the text rule.
///
/// f, female, woman, w → "female"; m, male, man → "male"; nb, non-binary, nonbinary,
/// non binary, enby → "non-binary". Any other value keeps its text form ("x", "unknown", "2"):
/// numeric codes differ between standards (ISO 5218 has 1 = male, others 1 = female), so they
/// are never guessed.
enum GenderNormalisation {
  static func normalise(_ value: some Collection<UInt8>) -> [UInt8] {
    let text = TextNormalisation.normalise(value)
    guard let word = String(validating: text, as: UTF8.self), let canonical = codes[word] else {
      return text
    }
    return Array(canonical.utf8)
  }

  private static let codes: [String: String] = [
    "f": "female", "female": "female", "woman": "female", "w": "female",
    "m": "male", "male": "male", "man": "male",
    "nb": "non-binary", "non-binary": "non-binary", "nonbinary": "non-binary",
    "non binary": "non-binary", "enby": "non-binary",
  ]
}
