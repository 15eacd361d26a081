extension ClassCounts {
  /// The class counts of shards added by key: a class in several shards has the sum of its
  /// counts, and so has each (class, sensitive value). Class sizes merge by key, not by
  /// histogram: shards with classes of sizes 1 and 1 on the same key make one class of 2.
  ///
  /// Every shard must carry its metadata, with the same quasi-identifiers, generalizations,
  /// `--na` tokens and normalisation, and count the same sensitive columns. Ranks of numeric
  /// sensitive values are refused: each shard ranks its own values, so ranks from two shards
  /// do not compare. `sources` name the shards in messages.
  public static func merged(_ shards: [ClassCounts], sources: [String])
    throws(ClassCountsError) -> ClassCounts
  {
    guard let first = shards.first, let firstSource = sources.first else {
      throw ClassCountsError(source: "merge", reason: "no class counts to merge")
    }
    guard let metadata = first.metadata else { throw unlabelled(firstSource) }
    var builder = try ClassCountsBuilder(
      source: firstSource, quasiIdentifiers: metadata.quasiIdentifiers.map(\.name),
      missingTokens: metadata.missingTokens, duplicates: .added)
    var policy = metadata.missingPolicy
    let columns = Set(first.sensitive.map(\.column))
    for (shard, source) in zip(shards, sources) {
      guard let other = shard.metadata else { throw unlabelled(source) }
      guard other.sameClasses(as: metadata) else {
        throw ClassCountsError(
          source: source,
          reason: "the classes were counted with other settings than those of \(firstSource)"
            + " (quasi-identifiers \(quoted(QuasiIdentifierSpec.text(other.quasiIdentifiers)))"
            + " against \(quoted(QuasiIdentifierSpec.text(metadata.quasiIdentifiers))), or other"
            + " na or normalise); count every shard with the same settings")
      }
      if other.missingPolicy != policy { policy = nil }
      guard Set(shard.sensitive.map(\.column)) == columns else {
        throw ClassCountsError(
          source: source,
          reason: "the shard counts other sensitive columns than \(firstSource); count the same"
            + " sensitive columns in every shard")
      }
      if shards.count > 1,
        let ranked = shard.sensitive.first(where: { $0.entries.contains { $0.rank != nil } })
      {
        throw ClassCountsError(
          source: source,
          reason: "sensitive column \(MessageText.name(ranked.column)) is ranked as numbers, and"
            + " each shard ranks its own values, so ranks of two shards do not add up; count it"
            + " in one file, or leave it out of the shards")
      }
      for index in 0..<shard.classCount {
        try builder.addClass(
          digests: Array(shard.key(ofClass: index)), missing: shard.masks[index],
          count: shard.counts[index])
      }
      for column in shard.sensitive {
        for entry in column.entries {
          try builder.addSensitive(
            digests: Array(shard.key(ofClass: entry.classIndex)),
            missing: shard.masks[entry.classIndex], count: entry.count, column: column.column,
            value: entry.value, rank: entry.rank)
        }
      }
    }
    var merged = metadata
    merged.missingPolicy = policy
    return try builder.finish(metadata: merged)
  }

  private static func unlabelled(_ source: String) -> ClassCountsError {
    ClassCountsError(
      source: source,
      reason: "the class counts carry no `# ` metadata lines, so their quasi-identifiers are"
        + " unknown; merge files written by scan --emit-class-counts")
  }
}
