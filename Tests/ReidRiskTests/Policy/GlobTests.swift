import Testing

@testable import ReidRisk

@Suite struct GlobTests {
  @Test(arguments: [
    // a pattern without "/" matches the file name in any folder, as in .gitignore
    ("*.csv", "a.csv", true),
    ("*.csv", "exports/2024/a.csv", true),
    ("*.csv", "a.csv.gz", false),
    // with "/", the path from the policy's folder
    ("exports/*.csv", "exports/a.csv", true),
    ("exports/*.csv", "exports/2024/a.csv", false),
    ("exports/*.csv", "other/exports/a.csv", false),
    ("./exports/*.csv", "exports/a.csv", true),
    // ** is any number of folders, none included
    ("exports/**/*.csv", "exports/a.csv", true),
    ("exports/**/*.csv", "exports/2024/q1/a.csv", true),
    ("**/members.csv", "members.csv", true),
    ("**", "anything/at/all.txt", true),
    // ?, sets, ranges and negated sets within a segment
    ("q?.csv", "q1.csv", true),
    ("q?.csv", "q10.csv", false),
    ("q[1-3].csv", "q2.csv", true),
    ("q[1-3].csv", "q4.csv", false),
    ("q[!1-3].csv", "q4.csv", true),
    ("members-*-final.csv", "members-2024-01-final.csv", true),
    ("members-*-final.csv", "members-2024-01-draft.csv", false),
    // an unclosed [ is a literal
    ("a[b.csv", "a[b.csv", true),
  ])
  func matches(pattern: String, path: String, expected: Bool) {
    #expect(Glob(pattern).matches(path) == expected, "\(pattern) ~ \(path)")
  }
}
