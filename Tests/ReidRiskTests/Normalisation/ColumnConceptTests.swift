import Testing

@testable import ReidRisk

/// Header names and their synonyms.
@Suite struct ColumnConceptTests {
  static let names: [(String, ColumnConcept?)] = [
    ("birth_date", .birthDate), ("DOB", .birthDate), ("Date of Birth", .birthDate),
    ("birthDate", .birthDate), ("date-of-birth", .birthDate), ("Birthday", .birthDate),
    ("zip", .zip), ("ZIP Code", .zip), ("postal_code", .zip), ("Postcode", .zip),
    ("sex", .gender), ("Gender", .gender),
    ("Company", .employer), ("job_title", .jobTitle), ("Year of Birth", .birthYear),
    ("first_name", .firstName), ("Given Name", .firstName), ("surname", .lastName),
    ("order_ref", nil), ("zipper", nil), ("birth_place", nil),  // near misses
  ]

  @Test(arguments: names)
  func headerNameToConcept(_ name: String, _ concept: ColumnConcept?) {
    #expect(ColumnConcept(header: name) == concept)
  }

  @Test func keyDropsCaseAndPunctuation() {
    #expect(ColumnConcept.key("Date_of Birth") == "dateofbirth")
    #expect(ColumnConcept.key("Straße-Nr.") == "straßenr")
  }
}
