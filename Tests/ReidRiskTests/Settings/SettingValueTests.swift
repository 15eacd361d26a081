import Testing

@testable import ReidRisk

/// Each typed value validated once, with one message: the same words follow `--flag is "x";`
/// on the command line and `file:line: key is "x";` in a policy (the CLI side is in
/// `SettingOptionsTests`).
@Suite struct SettingValueTests {
  @Test(arguments: [
    ("threshold", "0", "a number in (0, 1], e.g. 0.2"),
    ("threshold", "1.5", "a number in (0, 1], e.g. 0.2"),
    ("sampling_fraction", "abc", "a number in (0, 1], e.g. 0.01"),
    ("t", "-0.1", "a number between 0 and 1, e.g. 0.2"),
    ("k", "-1", "a whole number of at least 1, e.g. 5"),
    ("k", "2.5", "a whole number of at least 1, e.g. 5"),
    ("l", "0", "a whole number of at least 1, e.g. 2"),
    ("population", "0", "a whole number from 1 to 9007199254740992, e.g. 2000000"),
    ("population", "9007199254740993", "a whole number from 1 to 9007199254740992, e.g. 2000000"),
    ("missing", "drop", "value, exclude or wildcard"),
    ("lenient", "yes", "true or false"),
    ("delimiter", "ab", "one character, or tab, comma, semicolon, pipe"),
    ("quasi_identifiers", " ", "one or more column names, e.g. zip,birth_date:year,gender"),
    (
      "quasi_identifiers", "\"zip",
      "the quasi-identifier list \"\\\"zip\" opens a quote it does not close;"
        + " write a name holding commas as \"zip,code\":3"
    ),
  ])
  func refusedValueSaysWhatWouldDo(key: String, value: String, expected: String) throws {
    let setting = try #require(ScanSettings.setting(named: key))
    var settings = ScanSettings()
    #expect(throws: SettingValueError(given: value, expected: expected)) {
      try setting.set(.text(value), in: &settings)
    }
    // the same words in a policy, after the file, line and key
    let qi = key == "quasi_identifiers" ? "" : "    quasi_identifiers: [q]\n"
    let yaml = "rules:\n  - files: a.csv\n\(qi)    \(key): '\(value)'\n"
    let line = key == "quasi_identifiers" ? 3 : 4
    do {
      _ = try Policy(yaml: yaml, file: "p.yml")
      Issue.record("the policy accepted \(key): \(value)")
    } catch {
      // the policy's message quotes the value with its quotes escaped
      let shown = value.replacing("\"", with: "\\\"")
      #expect(error.description == "p.yml:\(line): \(key) is \"\(shown)\"; expected \(expected)")
    }
  }

  @Test(arguments: [
    (BoundKind.minK, "0", "a whole number of at least 1, e.g. 5"),
    (.maxUniques, "1.01", "a number between 0 and 1, e.g. 0.05 for 5%"),
    (.maxT, "NaN", "a number between 0 and 1, e.g. 0.05 for 5%"),
  ])
  func refusedLimit(kind: BoundKind, value: String, expected: String) {
    #expect(throws: SettingValueError(given: value, expected: expected)) {
      try kind.limit(.text(value))
    }
  }

  /// Lists read as CSV records: quoted names keep commas and edge spaces.
  @Test(arguments: [
    ("zip, birth_date", ["zip", "birth_date"] as [String]?),
    ("\"a,b\",c", ["a,b", "c"]),
    ("\" zip\" , \"zip,code\"", [" zip", "zip,code"]),
    ("N/A,,NULL", ["N/A", "", "NULL"]),
    ("\"say \"\"hi\"\"\"", ["say \"hi\""]),
    ("", []),
    ("\"open", nil),
  ])
  func commaList(text: String, items: [String]?) {
    #expect(CommaList.split(text) == items)
  }

  /// Names written the way `--qi` quotes them (`QuasiIdentifierSpec.text`) read back through
  /// `CommaList` unchanged: the two lists quote alike.
  @Test func quotedNamesReadBack() {
    let names = ["zip", " zip", "zip,code", "say \"hi\""]
    let written = QuasiIdentifierSpec.text(names.map { QuasiIdentifierSpec(name: $0) })
    #expect(written == "zip,\" zip\",\"zip,code\",\"say \"\"hi\"\"\"")
    #expect(CommaList.split(written) == names)
  }
}
