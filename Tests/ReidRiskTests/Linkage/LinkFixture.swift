@testable import ReidRisk

/// A small export and outside file with every outcome of a linkage, and the answers by hand.
///
/// Export classes on (zip, dob, gender), after normalisation:
///   A (02139, 1980-03-07, female): m1, m2   — 2 records
///   B (10001, 1975-12-25, male):   m3
///   C (10001, 1990-01-01, female): m4
///   D (94110, 1985-06-15, male):   m5
///   E (missing zip):               m6
///   F (30309, 1960-02-29, female): m7
/// Outside records (voter_id v1 … v14) and the class each normalises to:
///   v1 "2139", "03/07/1980", "female" → A (ZIP lost its zero, US date)
///   v2 "02139", "7 Mar 1980", "F"     → A
///   v3 "10001", "12/25/1975", "M"     → B
///   v4 "94110", "1985-06-15", "m"     → D
///   v5 "94110", "1985-06-15", "Male"  → D
///   v6 "94110", "15.06.1985", "M"     → D (dots: day first)
///   v7 "60614", "1980-03-07", "F"     → no export record has ZIP 60614
///   v8 "", "1970-01-01", "F"          → missing ZIP: never matches
///   v9 "10001", "1990-01-01", "F"     → C (exact bytes too)
///   v10 … v14 "30309", "1960-02-29", "F" → F (exact bytes too)
enum LinkFixture {
  static let export = """
    member_id,zip,dob,gender
    m1,02139,1980-03-07,F
    m2,02139,1980-03-07,F
    m3,10001,1975-12-25,M
    m4,10001,1990-01-01,F
    m5,94110,1985-06-15,M
    m6,,1970-01-01,F
    m7,30309,1960-02-29,F

    """

  static let outside = """
    voter_id,name,ZIP Code,birth date,sex
    v1,Ann One,2139,03/07/1980,female
    v2,Bea Two,02139,7 Mar 1980,F
    v3,Carl Three,10001,12/25/1975,M
    v4,Dan Four,94110,1985-06-15,m
    v5,Ed Five,94110,1985-06-15,Male
    v6,Fred Six,94110,15.06.1985,M
    v7,Gus Seven,60614,1980-03-07,F
    v8,Hal Eight,,1970-01-01,F
    v9,Ida Nine,10001,1990-01-01,F
    v10,Jo Ten,30309,1960-02-29,F
    v11,Kim Eleven,30309,1960-02-29,F
    v12,Lu Twelve,30309,1960-02-29,F
    v13,Mo Thirteen,30309,1960-02-29,F
    v14,Ned Fourteen,30309,1960-02-29,F

    """

  static let join = [
    JoinColumn(column: "zip", outsideColumn: "ZIP Code", pairing: .synonym),
    JoinColumn(column: "dob", outsideColumn: "birth date", pairing: .synonym),
    JoinColumn(column: "gender", outsideColumn: "sex", pairing: .synonym),
  ]

  static func linkage(
    _ options: LinkOptions = LinkOptions(
      idColumn: "member_id", outsideIdColumns: ["voter_id", "name"])
  )
    throws -> Linkage
  {
    let exportData = try DatasetReader.read(export, columns: ["zip", "dob", "gender", "member_id"])
    let outsideData = try DatasetReader.read(
      outside, columns: ["ZIP Code", "birth date", "sex", "voter_id", "name"])
    return Linkage(
      export: exportData, outside: outsideData, join: join, file: "export.csv",
      outsideFile: "outside.csv",
      options: options)
  }
}
