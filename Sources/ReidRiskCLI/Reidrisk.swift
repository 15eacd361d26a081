import ArgumentParser
import ReidRisk

struct Reidrisk: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reidrisk",
    abstract:
      "Find who in a CSV export can be re-identified, how likely, and through which columns.",
    discussion: """
      Exit codes: 0 within bounds, 1 a bound broken (--fail-under-k, --max-risk, ...), 2 a usage \
      or input error.

      Examples:
        reidrisk scan members.csv --qi zip,birth_date,gender
        reidrisk scan members.csv --qi zip,birth_date,gender --flags at-risk.csv
        reidrisk scan exports/*.csv --qi zip,age,gender --fail-under-k 5
        reidrisk check --format sarif --output reidrisk.sarif
        reidrisk link members.csv --against voter-roll.csv --id member_id
        reidrisk columns members.csv
        reidrisk suggest members.csv --qi zip,birth_date,age,gender --k 5
        reidrisk generalize members.csv --qi birth_date:year,zip:3 \\
          --suppress-below 5 -o safe.csv
      """,
    version: Project.version,
    subcommands: [
      ScanCommand.self, CheckCommand.self, ReportCommand.self, DiffCommand.self, LinkCommand.self,
      ColumnsCommand.self, SuggestCommand.self, GeneralizeCommand.self, MergeCommand.self,
    ],
    defaultSubcommand: ScanCommand.self
  )
}
