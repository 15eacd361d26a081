import Testing

@testable import ReidRisk

@Suite struct QuasiIdentifierSpecTests {
  @Test func parsesNamesAndLevels() throws {
    let specs = try QuasiIdentifierSpec.parse("birth_date:year,zip:3, age:10 ,gender")
    #expect(
      specs == [
        .init(name: "birth_date", generalization: .year),
        .init(name: "zip", generalization: .width(3)),
        .init(name: "age", generalization: .width(10)), .init(name: "gender"),
      ])
  }

  @Test func parsesEveryLevelWord() throws {
    let text = "a:minute,b:hour,c:day,d:month,e:year,f:decade,g:*,h:band:5,i:prefix:2,j:0"
    let levels = try QuasiIdentifierSpec.parse(text).map(\.generalization)
    #expect(
      levels == [
        .minute, .hour, .day, .month, .year, .decade, .suppressed, .band(5), .prefix(2), .width(0),
      ])
  }

  @Test func quotedNamesHoldCommasColonsQuotesAndEdgeSpaces() throws {
    let specs = try QuasiIdentifierSpec.parse(#""zip,code":3,"a:b"," spaced ","say ""hi""":*"#)
    #expect(specs.map(\.name) == ["zip,code", "a:b", " spaced ", "say \"hi\""])
    #expect(specs.map(\.generalization) == [.width(3), nil, nil, .suppressed])
    // written back, the list parses to the same specs
    #expect(try QuasiIdentifierSpec.parse(QuasiIdentifierSpec.text(specs)) == specs)
    #expect(QuasiIdentifierSpec.text(specs) == #""zip,code":3,"a:b"," spaced ","say ""hi""":*"#)
  }

  @Test(arguments: ["zip:yr", "zip:band:0", "zip:-3", "zip:", "zip:band:x"])
  func unknownLevels(text: String) {
    #expect(throws: GeneralizationError.self) { try QuasiIdentifierSpec.parse(text) }
  }

  @Test func badQuoting() {
    #expect(throws: GeneralizationError.unterminatedQuote(#""zip:3"#)) {
      try QuasiIdentifierSpec.parse(#""zip:3"#)
    }
    #expect(throws: GeneralizationError.textAfterQuotedName(column: "zip")) {
      try QuasiIdentifierSpec.parse(#""zip"x:3"#)
    }
    #expect(throws: GeneralizationError.missingName(":3")) { try QuasiIdentifierSpec.parse(":3") }
  }

  @Test func splitKeysLevelsByNameAndRejectsTwoLevels() throws {
    let split = try QuasiIdentifierSpec.split(QuasiIdentifierSpec.parse("zip:3,gender,zip:3"))
    #expect(split.names == ["zip", "gender"])
    #expect(split.generalizations == ["zip": .width(3)])
    #expect(throws: GeneralizationError.self) {
      try QuasiIdentifierSpec.split(QuasiIdentifierSpec.parse("zip:3,zip:2"))
    }
  }
}
