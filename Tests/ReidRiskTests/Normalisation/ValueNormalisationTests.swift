import Testing

@testable import ReidRisk

/// The text, ZIP and gender rules, one case each, with near misses.
@Suite struct ValueNormalisationTests {
  func normal(_ value: String, _ normaliser: ColumnNormaliser) -> String {
    String(decoding: normaliser.normalise(Array(value.utf8)), as: UTF8.self)
  }

  static let text: [(String, String)] = [
    ("  Boston ", "boston"),  // trimmed
    ("BOSTON", "boston"),  // lower case
    ("New   York", "new york"),  // inner runs made one space
    ("New\tYork\n", "new york"),  // tabs and newlines are whitespace
    ("Jos\u{E9}", "jos\u{E9}"),  // é as one scalar stays
    ("Jose\u{301}", "jos\u{E9}"),  // e + combining acute → é (NFC)
    ("MÜLLER", "müller"),  // non-ASCII lower case
    ("\u{A0}Zoë\u{A0}", "zoë"),  // no-break spaces trimmed
    ("", ""),
  ]

  @Test(arguments: text)
  func textRule(_ value: String, _ expected: String) {
    #expect(normal(value, ColumnNormaliser(rule: .text)) == expected)
  }

  @Test func bothSpellingsOfEAcuteBecomeOneBytes() {
    let rule = ColumnNormaliser(rule: .text)
    #expect(rule.normalise(Array("Caf\u{E9}".utf8)) == rule.normalise(Array("Cafe\u{301}".utf8)))
  }

  static let zip: [(String, String)] = [
    ("2139", "02139"),  // lost one leading zero
    ("501", "00501"),  // lost two (Holtsville, NY)
    ("02139", "02139"),
    (" 02139 ", "02139"),
    ("02139-4307", "02139-4307"),  // ZIP+4 kept
    ("sw1a1aa", "SW1A 1AA"),  // UK postcode without its space
    ("sw1a  1aa", "SW1A 1AA"),
    ("M11AE", "M1 1AE"),
    ("75008", "75008"),
    ("12", "12"),  // too short to be a ZIP that lost zeros
    ("ABC", "ABC"),  // not a postcode: upper case only
  ]

  @Test(arguments: zip)
  func zipRule(_ value: String, _ expected: String) {
    #expect(normal(value, ColumnNormaliser(rule: .zip)) == expected)
  }

  @Test func fourDigitPostcodesAreNotPadded() {
    // Australian postcodes: most values have 4 digits → the column is not 5-digit ZIPs
    let values = ["2000", "3000", "8001", "02139"].map { Array($0.utf8) }
    #expect(!ZipNormalisation.padsToFive(evidence: values))
    // 2 five-digit against 1 four-digit → US ZIP codes
    #expect(
      ZipNormalisation.padsToFive(evidence: ["02139", "10025", "2139"].map { Array($0.utf8) }))
    #expect(normal("2000", ColumnNormaliser(rule: .zip, padsZipCodes: false)) == "2000")
  }

  static let gender: [(String, String)] = [
    ("F", "female"), ("f", "female"), ("Female", "female"), (" FEMALE ", "female"),
    ("woman", "female"),
    ("M", "male"), ("male", "male"), ("Man", "male"),
    ("Non-binary", "non-binary"), ("NB", "non-binary"), ("nonbinary", "non-binary"),
    ("X", "x"),  // kept: not guessed
    ("1", "1"),  // numeric codes differ between standards: kept
    ("Fem", "fem"),  // near miss: not a known code
  ]

  @Test(arguments: gender)
  func genderRule(_ value: String, _ expected: String) {
    #expect(normal(value, ColumnNormaliser(rule: .gender)) == expected)
  }

  @Test func exactRuleKeepsBytes() {
    #expect(normal(" Boston ", ColumnNormaliser(rule: .exact)) == " Boston ")
  }
}
