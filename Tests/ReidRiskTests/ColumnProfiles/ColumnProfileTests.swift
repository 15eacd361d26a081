import Testing

@testable import ReidRisk

/// Types, roles and evidence of whole columns: header and values together, with near misses.
@Suite struct ColumnProfileTests {
  /// The profile of one column named `header` holding `values` (one per record).
  func profile(_ header: String, _ values: [String], missing: [String] = []) throws -> ColumnProfile
  {
    let text = ([header] + values.map { "\"\($0)\"" }).joined(separator: "\n") + "\n"
    let dataset = try DatasetReader.read(text, columns: [header])
    return ColumnProfile(column: try #require(dataset.columns.first), missingTokens: missing)
  }

  let md5 = [
    "5d41402abc4b2a76b9719d911017c592", "7d793037a0760186574b0282f2f435e7",
    "1f3870be274f6c49b3e31a0c6728957f",
    "d8e8fca2dc0f896fd7cb4cb0031ba249",
  ]

  @Test func countsByHand() throws {
    // a, a, b, c, (empty): 4 distinct (with the empty value); b and c unique: 2 / 5 = 0.4;
    // 1 missing of 5 = 0.2
    let column = try profile("tier", ["a", "a", "b", "c", ""])
    #expect(column.distinct == 4)
    #expect(column.uniqueFraction == 0.4)
    #expect(column.missingFraction == 0.2)
    // "N/A" as a missing token: 2 of 5
    #expect(
      try profile("tier", ["a", "N/A", "b", "c", ""], missing: ["N/A"]).missingFraction == 0.4)
  }

  @Test func hashedEmailIsADirectIdentifier() throws {
    let column = try profile("email_md5", md5)
    #expect(column.type == .digest)
    #expect(column.role == .directIdentifier)
    #expect(column.evidence.contains("MD5 digests"))
  }

  @Test func digestUnderANeutralHeaderIsADirectIdentifier() throws {
    #expect(try profile("h", md5).role == .directIdentifier)
  }

  @Test func orderReferenceIsNotAnIdentifier() throws {
    // near miss: 32 hex digits, but the header names an order
    let column = try profile("order_ref", md5)
    #expect(column.type == .digest)
    #expect(column.role == .other)
    #expect(column.evidence.contains("names a thing, not a person"))
  }

  @Test func commitHashIsNotAnIdentifier() throws {
    let sha1 = [
      "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d", "7c4a8d09ca3762af61e59520943dc26494f8941b",
    ]
    #expect(try profile("commit", sha1).role == .other)
  }

  @Test func uuidsWithoutDashesAreCodesNotDigests() throws {
    let uuids = ["550e8400e29b41d4a716446655440000", "f47ac10b58cc4372a5670e02b2c3d479"]
    let column = try profile("token", uuids)
    #expect(column.type == .code)
    #expect(column.role == .other)
  }

  @Test func base64DigestIsADirectIdentifier() throws {
    let column = try profile("uid", ["XUFAKrxLKna5cZ2REBfFkg==", "ZVdGG3ZwyjxqJ9TIf5mbbw=="])
    #expect(column.type == .digest)
    #expect(column.role == .directIdentifier)
  }

  static let valueEvidence: [(String, [String], ValueType, ColumnRole)] = [
    // e-mail addresses under a header that does not say so: the values decide
    (
      "contact", ["ann@example.org", "bob@example.net", "cy@mail.example"], .email,
      .directIdentifier
    ),
    ("x", ["(617) 555-0123", "212-555-0199", "+44 20 7946 0958"], .phone, .directIdentifier),
    ("x", ["123-45-6789", "987-65-4321"], .nationalID, .directIdentifier),
    ("x", ["192.168.0.1", "10.0.0.7"], .ipAddress, .directIdentifier),
    ("x", ["https://example.org/in/ann", "https://example.org/in/bob"], .url, .directIdentifier),
    ("last_seen", ["2024-01-05", "03/07/2024", "7 Mar 2024"], .date, .quasiIdentifier),
    ("x", ["02139", "10025", "94110"], .zip, .quasiIdentifier),  // a leading zero: ZIP codes
    ("postal", ["2139", "10025", "94110"], .zip, .quasiIdentifier),  // header says so: lost zero ok
    ("amount", ["12345", "10025", "94110"], .integer, .other),  // near miss: 5 digits, no zero
    (
      "remarks", ["Moved here in 2019, works nights, two kids at the local school."], .freeText,
      .sensitive
    ),
    ("start_time", ["10:30:00", "11:45:00"], .code, .other),  // near miss: times are no IPv6
    ("price", ["3.25", "4", "10.5"], .decimal, .other),
  ]

  @Test(arguments: valueEvidence)
  func valuesDecide(_ header: String, _ values: [String], _ type: ValueType, _ role: ColumnRole)
    throws
  {
    let column = try profile(header, values)
    #expect(column.type == type)
    #expect(column.role == role)
  }

  static let headerEvidence: [(String, ColumnRole)] = [
    ("first_name", .directIdentifier), ("Surname", .directIdentifier),
    ("username", .directIdentifier),
    ("member_id", .directIdentifier), ("customerNumber", .directIdentifier),
    ("home_address", .directIdentifier),
    // near miss: a company's name is no person's name (and it is an employer)
    ("company_name", .quasiIdentifier),
    ("file_name", .other), ("order_id", .other), ("ticket_number", .other),  // near misses: things
    ("dob", .quasiIdentifier), ("Postcode", .quasiIdentifier), ("job_title", .quasiIdentifier),
    ("join_date", .quasiIdentifier), ("country", .quasiIdentifier),
    ("diagnosis", .sensitive), ("annual_income", .sensitive), ("religion", .sensitive),
    ("membership_tier", .sensitive), ("bio", .sensitive),
    ("events_attended", .other),
  ]

  @Test(arguments: headerEvidence)
  func headerDecides(_ header: String, _ role: ColumnRole) throws {
    // values that tell nothing: short repeated words (record keys get unique codes)
    let values = ["alpha", "beta", "gamma", "delta"]
    #expect(try profile(header, values).role == role)
    #expect(ColumnProfile.role(ofHeader: header) == role)
  }

  @Test func keyWhoseValuesRepeatIsNoIdentifier() throws {
    // "member_id" reads like a key, but 4 records share 1 value
    let column = try profile("member_id", ["x", "x", "x", "x"])
    #expect(column.role == .other)
  }

  @Test func suggestedQuasiIdentifiersInFileOrder() {
    func make(_ name: String, _ role: ColumnRole) -> ColumnProfile {
      ColumnProfile(
        name: name, type: .categorical, role: role, evidence: "", distinct: 1, uniqueFraction: 0,
        missingFraction: 0)
    }
    let profiles = [
      make("email", .directIdentifier), make("zip", .quasiIdentifier), make("bio", .sensitive),
      make("gender", .quasiIdentifier),
    ]
    #expect(ColumnProfile.suggestedQuasiIdentifiers(profiles) == ["zip", "gender"])
    #expect(ColumnProfile.directIdentifiers(profiles) == ["email"])
  }
}
